<?php

namespace App\Providers;

use App\Search\RecentSearches;
use Illuminate\Support\ServiceProvider;

final class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(RecentSearches::class, static fn () => new RecentSearches(20));
    }
}
