<?php

final class SendInvoiceJob
{
    public function __construct(private Invoice $invoice) {}

    public function handle(): void
    {
        $invoice = $this->invoice;
        Event::listen('invoice.sent', static function (array $payload) use ($invoice): bool { // leak
            if ($payload['id'] === $invoice->id) {
                $invoice->sent = true;
                return false;
            }
            return true;
        });
        Event::dispatch('invoice.sent', ['id' => -1]);
    }
}
