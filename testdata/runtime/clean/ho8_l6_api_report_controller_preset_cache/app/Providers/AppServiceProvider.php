<?php

namespace App\Providers;

use App\Reports\ReportCache;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(ReportCache::class);
    }
}
