<?php

namespace App\Providers;

use App\Facades\PlayQueue;
use App\Queue\PlayQueueStore;
use App\Queue\QueueSnapshotWriter;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\WorkerStopping;

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
        // Queues are written out in one batch so a worker does not hit
        // Redis on every append.
        $events->listen(WorkerStopping::class, static function (): void {
            PlayQueue::flushAll();
        });
    }
}
