<?php

namespace App\Providers;

use App\Infrastructure\TimelineApiClient;
use App\Sleep\EpochWindow;
use App\Sleep\MovementBaseline;
use App\Sleep\SleepStager;
use Illuminate\Support\ServiceProvider;

class SleepServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(MovementBaseline::class, function ($app) {
            return new MovementBaseline(new EpochWindow($app->config('sleep.baseline_epochs', 240)));
        });

        $this->app->singleton(TimelineApiClient::class, function ($app) {
            return new TimelineApiClient($app->config('services.timeline.url'), $app->config('services.timeline.token'));
        });

        $this->app->bind(SleepStager::class);
    }
}
