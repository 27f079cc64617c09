<?php

namespace Illuminate\Queue;

use Illuminate\Queue\Jobs\Job;
use Throwable;

trait InteractsWithQueue
{
    public ?Job $job = null;

    public function setJob(Job $job): static
    {
        $this->job = $job;

        return $this;
    }

    public function attempts(): int
    {
        return $this->job?->attempts() ?? 1;
    }

    public function delete(): void
    {
        $this->job?->delete();
    }

    public function fail(Throwable|string|null $exception = null): void
    {
        $this->job?->fail($exception);
    }

    public function release(int $delay = 0): void
    {
        $this->job?->release($delay);
    }
}
