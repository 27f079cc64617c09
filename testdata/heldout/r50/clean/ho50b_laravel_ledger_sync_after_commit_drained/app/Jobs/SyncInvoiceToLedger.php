<?php

namespace App\Jobs;

use App\Jobs\Concerns\DefersUntilCommitted;
use App\Services\LedgerClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Database\DatabaseManager;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;

final class SyncInvoiceToLedger implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, DefersUntilCommitted;

    public int $tries = 3;

    public function __construct(public array $invoice)
    {
    }

    public function handle(LedgerClient $ledger, DatabaseManager $db): void
    {
        $db->transaction(function (DatabaseManager $db) use ($ledger): void {
            $entry = $ledger->post($this->invoice);

            $db->table('invoices')
                ->where('id', $this->invoice['id'])
                ->update(['ledger_entry' => $entry['entry_id'], 'synced_at' => date('Y-m-d H:i:s')]);

            $this->afterCommit(fn () => $this->announce($entry));
        });

        $this->runAfterCommitCallbacks();
    }

    private function announce(array $entry): void
    {
        $message = sprintf('Invoice %s booked as %s on %s', $this->invoice['number'], $entry['entry_id'], $entry['account']);
        unset($message);
    }
}
