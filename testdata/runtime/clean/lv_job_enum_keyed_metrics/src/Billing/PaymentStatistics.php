<?php

namespace App\Billing;

final class PaymentStatistics
{
    /** @var array<value-of<InvoiceStatus>, PaymentSample> latest payment per status */
    private array $payments = [];

    private int $totalCents = 0;

    public function __construct(private string $currency)
    {
    }

    public function record(string $invoiceNumber, InvoiceStatus $status, PaymentSample $sample): void
    {
        $this->payments[$status->value] = $sample;
        $this->totalCents += $sample->amountCents;
    }

    public function total(): string
    {
        return number_format($this->totalCents / 100, 2) . ' ' . $this->currency;
    }
}
