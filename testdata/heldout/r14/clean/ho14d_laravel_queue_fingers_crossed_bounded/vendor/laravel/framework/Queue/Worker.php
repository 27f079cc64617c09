<?php

namespace Illuminate\Queue;

final class Job
{
    private bool $deleted = false;

    public function __construct(public readonly string $id, public readonly string $class, public readonly array $data, public int $attempts = 1)
    {
    }

    public function fire(): void
    {
        (new $this->class(...$this->data))->handle();
    }

    public function delete(): void
    {
        $this->deleted = true;
    }
}

final class WorkerOptions
{
    public function __construct(public readonly int $maxJobs = 0, public readonly int $sleep = 3, public readonly int $tries = 1)
    {
    }
}

final class Worker
{
    private int $jobsProcessed = 0;

    /**
     * @param \Closure(): ?Job $pop
     */
    public function __construct(private readonly \Closure $pop)
    {
    }

    public function daemon(string $connectionName, string $queue, WorkerOptions $options): int
    {
        while (true) {
            $job = ($this->pop)();
            if ($job === null) {
                return 0;
            }

            $this->process($connectionName, $job, $options);

            if ($options->maxJobs > 0 && ++$this->jobsProcessed >= $options->maxJobs) {
                return 0;
            }
        }
    }

    private function process(string $connectionName, Job $job, WorkerOptions $options): void
    {
        try {
            $job->fire();
            $job->delete();
        } catch (\Throwable $e) {
            if ($job->attempts >= $options->tries) {
                $job->delete();
            }
        }
    }
}
