<?php
namespace App\Providers;

use App\Inventory\InventoryClient;
use App\Inventory\RefreshHooks;
use App\Inventory\StockCache;
use Illuminate\Container\Container;

final class AppServiceProvider
{
    public function __construct(private Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(InventoryClient::class, static fn () => new InventoryClient('https://warehouse.example/api', 'wh_live_51b'));
        $this->app->singleton(StockCache::class);
        $this->app->singleton(RefreshHooks::class);
    }
}
