<?php

declare(strict_types=1);

namespace Framework\Queue;

final class JobProcessed
{
    public function __construct(public readonly string $connection, public readonly Job $job)
    {
    }
}

final class WorkerStopping
{
    public function __construct(public readonly int $status = 0)
    {
    }
}

final class Job
{
    public function __construct(
        public readonly string $uuid,
        public readonly string $class,
        public readonly array $payload,
    ) {
    }
}

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

/** Cut-down queue:work loop. WorkerStopping is raised from the signal handler. */
final class Worker
{
    private bool $shouldQuit = false;

    public function __construct(
        private readonly Dispatcher $events,
        private readonly \Closure $resolve,
    ) {
    }

    public function runNextJob(string $connection, Job $job): void
    {
        $handler = ($this->resolve)($job->class);
        $handler->handle($job->payload);
        $this->events->dispatch(new JobProcessed($connection, $job));
    }

    public function listenForSignals(): void
    {
        if (\function_exists('pcntl_async_signals')) {
            pcntl_async_signals(true);
            pcntl_signal(SIGTERM, fn () => $this->stop());
        }
    }

    public function stop(int $status = 0): void
    {
        $this->shouldQuit = true;
        $this->events->dispatch(new WorkerStopping($status));
    }

    public function shouldQuit(): bool
    {
        return $this->shouldQuit;
    }
}
