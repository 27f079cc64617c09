<?php

declare(strict_types=1);

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

namespace Illuminate\Events;

final class Dispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

namespace Illuminate\Queue;

use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;

final class Worker
{
    public function __construct(private readonly Dispatcher $events)
    {
    }

    /** @param iterable<object> $jobs */
    public function daemon(string $connectionName, iterable $jobs): void
    {
        foreach ($jobs as $job) {
            $this->events->dispatch(new JobProcessing($connectionName, $job));
            $job->handle();
            $this->events->dispatch(new JobProcessed($connectionName, $job));
        }
    }
}
