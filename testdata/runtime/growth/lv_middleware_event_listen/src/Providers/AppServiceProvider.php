<?php

namespace App\Providers;

use App\Monitoring\LatencyReporter;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(LatencyReporter::class, fn () => new LatencyReporter(thresholdMs: 750.0));
    }
}
