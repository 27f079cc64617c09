<?php

namespace App\Providers;

use App\Http\Middleware\RecordRequestTimings;
use App\Monitoring\SlowRequestReporter;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        // Same middleware instance for handle() and terminate().
        $this->app->singleton(RecordRequestTimings::class);
        $this->app->singleton(SlowRequestReporter::class, fn () => new SlowRequestReporter(thresholdMs: 500.0));
    }
}
