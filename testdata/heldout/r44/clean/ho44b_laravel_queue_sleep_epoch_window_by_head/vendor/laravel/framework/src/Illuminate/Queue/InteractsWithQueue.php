<?php

namespace Illuminate\Queue;

use Illuminate\Contracts\Queue\Job as JobContract;

trait InteractsWithQueue
{
    public ?JobContract $job = null;

    public function attempts(): int
    {
        return $this->job ? $this->job->attempts() : 1;
    }

    public function delete(): void
    {
        $this->job?->delete();
    }

    public function release(int $delay = 0): void
    {
        $this->job?->release($delay);
    }

    public function setJob(JobContract $job): static
    {
        $this->job = $job;

        return $this;
    }
}
