<?php

declare(strict_types=1);

namespace App\Providers;

use App\Http\Controllers\RevenueReportController;
use App\Http\Middleware\AddServerTiming;
use Illuminate\Container\Container;
use Illuminate\Database\Connection;
use Illuminate\Events\Dispatcher;

final class AppServiceProvider
{
    public function __construct(private readonly Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton('db', fn (Container $app) => new Connection($app->make('events')));
        $this->app->singleton(AddServerTiming::class, fn (Container $app) => new AddServerTiming($app->make('events')));
        $this->app->singleton(RevenueReportController::class, fn (Container $app) => new RevenueReportController($app->make('db')));
    }

    public function boot(): void
    {
    }
}
