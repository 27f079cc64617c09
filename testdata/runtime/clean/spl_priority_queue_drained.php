<?php
// A long-lived scheduler queues each job's tasks by priority and runs
// them all before the job ends.

final class Task
{
    public function __construct(public readonly string $name, public readonly string $payload) {}
}

final class Scheduler
{
    private SplPriorityQueue $queue;
    public int $ran = 0;

    public function __construct()
    {
        $this->queue = new SplPriorityQueue();
    }

    public function later(Task $task, int $priority): void
    {
        $this->queue->insert($task, $priority);
    }

    public function runAll(): void
    {
        while (!$this->queue->isEmpty()) {
            $this->queue->extract();
            $this->ran++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$scheduler = new Scheduler();
for ($i = 0; $i < $n; $i++) {
    $scheduler->later(new Task("reindex-{$i}", str_repeat('p', 600)), $i % 5);
    $scheduler->later(new Task("notify-{$i}", str_repeat('q', 600)), 1);
    $scheduler->runAll();
}
