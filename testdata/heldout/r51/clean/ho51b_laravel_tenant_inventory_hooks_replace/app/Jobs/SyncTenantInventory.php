<?php
namespace App\Jobs;

use App\Inventory\InventoryClient;
use App\Inventory\RefreshHooks;
use App\Inventory\StockCache;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;

final class SyncTenantInventory implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 3;

    /** @param list<string> $skus */
    public function __construct(public int $tenantId, public array $skus)
    {
    }

    public function handle(InventoryClient $client, StockCache $cache, RefreshHooks $hooks): void
    {
        $cache->put($this->tenantId, $client->levels($this->tenantId, $this->skus));

        $hooks->register([
            $this->tenantId => fn () => $this->handle($client, $cache, $hooks),
        ]);
    }
}
