<?php

declare(strict_types=1);

namespace Illuminate\Events;

final class Dispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string|array $events, callable $listener): void
    {
        foreach ((array) $events as $event) {
            $this->listeners[$event][] = $listener;
        }
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

namespace Illuminate\Queue\Events;

final class JobProcessing
{
    public function __construct(public readonly string $connectionName, public readonly object $job)
    {
    }
}

final class JobProcessed
{
    public function __construct(public readonly string $connectionName, public readonly object $job)
    {
    }
}

final class JobFailed
{
    public function __construct(public readonly string $connectionName, public readonly object $job, public readonly \Throwable $exception)
    {
    }
}

namespace Illuminate\Queue;

use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobFailed;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;

final class Worker
{
    public function __construct(private readonly Dispatcher $events)
    {
    }

    /** queue:work --max-jobs: pops serialized jobs and runs them one by one. */
    public function daemon(string $connection, \Closure $pop, int $maxJobs): void
    {
        for ($processed = 0; $processed < $maxJobs; $processed++) {
            $job = unserialize($pop($processed));
            $this->events->dispatch(new JobProcessing($connection, $job));
            try {
                $job->handle();
                $this->events->dispatch(new JobProcessed($connection, $job));
            } catch (\Throwable $e) {
                $this->events->dispatch(new JobFailed($connection, $job, $e));
            }
        }
    }
}
