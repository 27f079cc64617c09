<?php
// A worker schedules a follow-up task per job in a long-lived priority
// queue; the runner that would extract them is only called at shutdown.

final class Task
{
    public function __construct(public readonly string $name, public readonly string $payload) {}
}

final class Scheduler
{
    private SplPriorityQueue $queue;

    public function __construct()
    {
        $this->queue = new SplPriorityQueue();
    }

    public function later(Task $task, int $priority): void
    {
        $this->queue->insert($task, $priority); // leak
    }

    public function runAll(): void
    {
        while (!$this->queue->isEmpty()) {
            $this->queue->extract();
        }
    }
}

function handle(Scheduler $scheduler, int $i): void
{
    $scheduler->later(new Task("reindex-{$i}", str_repeat('p', 600)), $i % 5);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$scheduler = new Scheduler();
for ($i = 0; $i < $n; $i++) {
    handle($scheduler, $i);
}
