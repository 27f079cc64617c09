<?php

namespace App\Providers;

use App\Climate\ZoneClimateCache;
use App\Http\Controllers\ClimateReadingController;
use Illuminate\Container\Container;

class ClimateServiceProvider
{
    public function __construct(private readonly Container $app, private readonly array $config)
    {
    }

    public function register(): void
    {
        $config = $this->config;

        $this->app->singleton(ZoneClimateCache::class, static fn () => new ZoneClimateCache($config['dedupe_window_seconds']));
        $this->app->singleton(ClimateReadingController::class, static fn () => new ClimateReadingController($config['sites']));
    }
}
