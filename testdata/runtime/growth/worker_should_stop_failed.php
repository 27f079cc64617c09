<?php
// A queue worker keeps failed jobs on itself until it is told to stop.

final class Job
{
    public function __construct(public readonly string $id, public readonly string $body, public int $attempts = 0) {}
}

final class InMemoryQueue
{
    private int $i = 0;

    public function __construct(private int $limit) {}

    public function pop(): ?Job
    {
        if ($this->i >= $this->limit) {
            return null;
        }
        $this->i++;
        return new Job(sprintf('%08d', $this->i), str_repeat('{"invoice":' . $this->i . '}', 25));
    }

    public function exhausted(): bool
    {
        return $this->i >= $this->limit;
    }
}

final class Worker
{
    /** @var Job[] */
    private array $failed = [];
    private int $handled = 0;

    public function __construct(private InMemoryQueue $queue) {}

    private function shouldStop(): bool
    {
        return $this->queue->exhausted();
    }

    public function run(): void
    {
        while (!$this->shouldStop()) {
            $job = $this->queue->pop();
            try {
                $this->process($job);
            } catch (RuntimeException) {
                $job->attempts++;
                $this->failed[] = $job; // leak
            }
            $this->handled++;
        }
    }

    private function process(Job $job): void
    {
        throw new RuntimeException('PDF service unavailable');
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker(new InMemoryQueue($n));
$worker->run();
