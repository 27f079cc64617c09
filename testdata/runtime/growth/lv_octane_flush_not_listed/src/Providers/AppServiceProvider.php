<?php

namespace App\Providers;

use App\Support\PriceFormatter;
use App\Support\RecentlyViewed;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(RecentlyViewed::class, fn () => new RecentlyViewed(limitPerPage: 8));
        $this->app->singleton(PriceFormatter::class, fn ($app) => new PriceFormatter($app['config']->get('app.currency', 'EUR')));
    }
}
