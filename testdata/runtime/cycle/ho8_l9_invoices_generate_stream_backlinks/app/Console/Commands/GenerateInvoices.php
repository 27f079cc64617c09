<?php

namespace App\Console\Commands;

use App\Billing\Invoice;
use Illuminate\Console\Command;

class GenerateInvoices extends Command
{
    protected $signature = 'invoices:generate {--stream : Keep generating from the subscription renewals stream} {--max-jobs=0}';

    protected $description = 'Generate invoices for renewed subscriptions';

    public function handle(): int
    {
        $maxJobs = $this->option('stream') ? (int) $this->option('max-jobs') : 1;
        for ($job = 1; $job <= $maxJobs; $job++) {
            $invoice = new Invoice(sprintf('INV-%s-%06d', date('Y'), $job), 0.21);
            $invoice->addLine(str_repeat('Pro plan, monthly seat licence. ', 8), 2900);
            $invoice->addLine(str_repeat('Extra storage, 100 GB block. ', 8), 500);
            $this->info("{$invoice->number}: " . number_format($invoice->totalCents() / 100, 2));
        }

        return self::SUCCESS;
    }
}
