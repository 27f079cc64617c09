<?php

namespace App\Providers;

use App\Pricing\PriceCalculator;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(PriceCalculator::class, fn () => new PriceCalculator(['DE' => 0.19, 'FR' => 0.20, 'NL' => 0.21]));
    }
}
