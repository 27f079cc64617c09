<?php

namespace App\Providers;

use App\Feed\ActivityFeed;
use Illuminate\Container\Container;

final class AppServiceProvider
{
    public function __construct(private Container $app) {}

    public function register(): void
    {
        $this->app->singleton(ActivityFeed::class, fn () => new ActivityFeed(30));
    }
}
