<?php

namespace App\Jobs;

use App\Billing\InvoiceStatus;
use App\Billing\PaymentSample;
use App\Billing\PaymentStatistics;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;

class RecordInvoicePayment implements ShouldQueue
{
    use Dispatchable;
    use Queueable;

    public function __construct(
        public string $invoiceNumber,
        public int $amountCents,
        public InvoiceStatus $status,
        public string $remittance,
    ) {
    }

    public function handle(PaymentStatistics $statistics): void
    {
        $statistics->record($this->invoiceNumber, $this->status, new PaymentSample($this->invoiceNumber, $this->amountCents, $this->remittance, microtime(true)));
    }
}
