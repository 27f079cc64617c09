<?php
declare(strict_types=1);

namespace App\Providers;

use App\Analytics\AnalyticsSink;
use App\Analytics\SwipeEventBuffer;
use App\Http\Controllers\SwipeController;
use App\Listeners\FlushSwipeAnalytics;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\RequestTerminated;
use Laravel\Octane\Events\WorkerStopping;

final class AnalyticsServiceProvider
{
    public function __construct(private Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(AnalyticsSink::class, fn () => new AnalyticsSink(config('analytics.swipes.stream')));
        $this->app->singleton(SwipeEventBuffer::class, fn (Container $app) => new SwipeEventBuffer(
            $app->make(AnalyticsSink::class),
            (int) config('analytics.swipes.batch_size', 100),
        ));
        $this->app->singleton(FlushSwipeAnalytics::class, fn (Container $app) => new FlushSwipeAnalytics($app->make(SwipeEventBuffer::class)));
        $this->app->bind(SwipeController::class, fn (Container $app) => new SwipeController($app->make(SwipeEventBuffer::class)));
    }

    public function boot(): void
    {
        $events = $this->app->make(Dispatcher::class);
        // Ship a batch once it is full, after the response has gone out...
        $events->listen(RequestTerminated::class, FlushSwipeAnalytics::class);
        // ...and whatever is left when the worker goes away.
        $events->listen(WorkerStopping::class, FlushSwipeAnalytics::class);
    }
}
