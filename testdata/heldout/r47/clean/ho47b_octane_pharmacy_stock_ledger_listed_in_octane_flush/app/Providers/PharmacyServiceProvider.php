<?php

namespace App\Providers;

use App\Pharmacy\FormularyCatalog;
use App\Pharmacy\StockLedger;
use Illuminate\Support\ServiceProvider;

final class PharmacyServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(FormularyCatalog::class, function ($app) {
            return new FormularyCatalog((require $app->configPath('pharmacy.php'))['formulary']);
        });
        $this->app->singleton(StockLedger::class, fn ($app) => new StockLedger($app->make(FormularyCatalog::class)));
        $this->app->alias(StockLedger::class, 'pharmacy.ledger');
    }

    public function boot(): void
    {
        foreach ((require $this->app->configPath('octane.php'))['warm'] as $binding) {
            $this->app->make($binding);
        }
    }
}
