<?php

declare(strict_types=1);

namespace App\Providers;

use App\Listeners\ResetEntityManager;
use App\Support\Doctrine;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobFailed;
use Illuminate\Queue\Events\JobProcessed;

final class QueueServiceProvider
{
    public function __construct(private readonly Dispatcher $events)
    {
    }

    public function boot(): void
    {
        // every job starts from the database; a failed one may also leave half-flushed entities behind
        $this->events->listen([JobProcessed::class, JobFailed::class], [new ResetEntityManager(Doctrine::registry()), 'handle']);
    }
}
