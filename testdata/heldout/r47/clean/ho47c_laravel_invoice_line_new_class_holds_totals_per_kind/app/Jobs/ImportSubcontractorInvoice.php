<?php

namespace App\Jobs;

use App\Facades\Retention;
use Illuminate\Contracts\Queue\ShouldQueue;

/** Imports one subcontractor progress claim parsed from the emailed PDF/CSV. */
final class ImportSubcontractorInvoice implements ShouldQueue
{
    public function __construct(public string $invoiceNo, public string $abn, public array $lines)
    {
    }

    public function handle(): void
    {
        $claimed = 0;
        $retained = 0;
        foreach ($this->lines as $i => $raw) {
            $line = Retention::lineFor($raw + ['invoice' => $this->invoiceNo, 'line' => $i + 1, 'abn' => $this->abn]);
            $claimed += $line->amountCents;
            $retained += $line->retentionCents();
        }
        // payable = $claimed - $retained goes to the AP export (elided)
    }
}
