<?php

namespace Illuminate\Events;

use Closure;

class Dispatcher
{
    /** @var array<string, list<Closure>> */
    protected array $listeners = [];

    public function listen(string $event, Closure $listener): void
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

namespace Illuminate\Queue\Events;

final class JobProcessing
{
    public function __construct(public readonly string $connectionName, public readonly array $payload)
    {
    }
}

final class JobProcessed
{
    public function __construct(public readonly string $connectionName, public readonly array $payload)
    {
    }
}

final class WorkerStopping
{
    public function __construct(public readonly int $status = 0)
    {
    }
}
