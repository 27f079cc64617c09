<?php
// A worker keeps pending jobs in a long-lived min-heap ordered by due
// time: each message adds one and the loop takes the earliest out.

final class Job
{
    public function __construct(public readonly int $due, public readonly string $body) {}
}

final class JobHeap extends SplHeap
{
    protected function compare(mixed $a, mixed $b): int
    {
        return $b->due <=> $a->due;
    }
}

final class Worker
{
    private JobHeap $pending;
    public int $done = 0;

    public function __construct()
    {
        $this->pending = new JobHeap();
    }

    public function receive(Job $job): void
    {
        $this->pending->insert($job);
    }

    public function tick(): void
    {
        if (!$this->pending->isEmpty()) {
            $this->pending->extract();
            $this->done++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker();
for ($i = 0; $i < $n; $i++) {
    $worker->receive(new Job($i, str_repeat('j', 600)));
    $worker->tick();
}
