<?php

namespace App\Providers;

use App\Infrastructure\FeedClient;
use App\Records\PersonalRecordDetector;
use App\Records\PersonalRecordRepository;
use App\Workouts\FitSummaryDecoder;
use Illuminate\Support\ServiceProvider;

class WorkoutServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(PersonalRecordRepository::class);
        $this->app->singleton(FeedClient::class, fn ($app) => new FeedClient($app->config('services.feed.endpoint')));
        $this->app->bind(FitSummaryDecoder::class);
        $this->app->bind(PersonalRecordDetector::class);
    }
}
