<?php

declare(strict_types=1);

namespace App\Providers;

use App\Listeners\ResetEntityManager;
use App\Support\Doctrine;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobFailed;

final class QueueServiceProvider
{
    public function __construct(private readonly Dispatcher $events)
    {
    }

    public function boot(): void
    {
        // a failed job may leave half-flushed entities behind: start the retry clean
        $this->events->listen(JobFailed::class, [new ResetEntityManager(Doctrine::registry()), 'handle']);
    }
}
