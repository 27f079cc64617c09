<?php
// An audit buffer registers its flush for the WorkerStopping event, keyed
// by the event's class. The worker dispatches JobProcessed after every
// job, and WorkerStopping only when a stop signal comes, which it never
// does: the buffer keeps every job's row.

final class JobProcessed
{
    public function __construct(public readonly string $job)
    {
    }
}

final class WorkerStopping
{
    public function __construct(public readonly int $status)
    {
    }
}

final class Events
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

final class AuditBuffer
{
    private array $pending = [];

    public function record(string $job, array $data): void
    {
        $this->pending[] = ['job' => $job, 'data' => $data, 'at' => microtime(true)]; // leak
    }

    public function flush(): void
    {
        $this->pending = [];
    }
}

final class Worker
{
    public function __construct(private Events $events, private AuditBuffer $audit)
    {
    }

    public function process(string $job, array $data): void
    {
        $this->audit->record($job, $data);
        $this->events->dispatch(new JobProcessed($job));
    }

    public function stop(int $status): void
    {
        $this->events->dispatch(new WorkerStopping($status));
    }
}

$events = new Events();
$audit = new AuditBuffer();
$events->listen(WorkerStopping::class, fn () => $audit->flush());
$worker = new Worker($events, $audit);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->process('sync-' . $i, ['customer' => 700000 + $i, 'note' => str_repeat('synced ', 60)]);
}
