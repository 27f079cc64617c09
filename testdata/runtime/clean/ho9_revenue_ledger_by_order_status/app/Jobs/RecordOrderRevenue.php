<?php
namespace App\Jobs;

use App\Services\RevenueLedger;
use App\Support\LedgerKey;
use Illuminate\Contracts\Queue\ShouldQueue;

final class RecordOrderRevenue implements ShouldQueue
{
    public function __construct(private array $payload) {}

    public function handle(RevenueLedger $ledger): void
    {
        $sign = $this->payload['status'] === 'paid' ? 1 : -1;
        $note = sprintf('order %s: %s', $this->payload['order_id'], $this->payload['memo']);
        $ledger->add(LedgerKey::for($this->payload), $sign * $this->payload['cents'], $note);
    }
}
