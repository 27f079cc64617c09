<?php

namespace App\Providers;

use App\Facades\PlayQueue;
use App\Queue\PlayQueueStore;
use App\Queue\QueueSnapshotWriter;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\RequestTerminated;

final class PlayQueueServiceProvider
{
    public function __construct(private Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(QueueSnapshotWriter::class, static fn () => new QueueSnapshotWriter());
        $this->app->singleton(
            PlayQueueStore::class,
            static fn (Container $app) => new PlayQueueStore($app->make(QueueSnapshotWriter::class)),
        );
    }

    public function boot(Dispatcher $events): void
    {
        // Queues are written out once per request, after the response is
        // sent, so a burst of appends costs one Redis round trip.
        $events->listen(RequestTerminated::class, static function (): void {
            PlayQueue::flushAll();
        });
    }
}
