<?php
namespace App\Jobs;

use App\Models\Invoice;
use App\Presenters\InvoicePresenter;
use App\Support\PendingTouches;

final class SendInvoiceEmail
{
    public string $sentBody = '';

    public function __construct(private int $invoiceId, private PendingTouches $touches) {}

    public function handle(): void
    {
        $invoice = new Invoice([
            'id' => $this->invoiceId,
            'number' => 'INV-' . str_pad((string) $this->invoiceId, 8, '0', STR_PAD_LEFT),
            'notes' => str_repeat('Net 30. Bank transfer to DE89 3704 0044 0532 0130 00. ', 5),
            'total' => $this->invoiceId * 1.19,
        ]);
        $this->sentBody = InvoicePresenter::for($invoice)->html;
        $this->touches->touch($invoice);
    }
}
