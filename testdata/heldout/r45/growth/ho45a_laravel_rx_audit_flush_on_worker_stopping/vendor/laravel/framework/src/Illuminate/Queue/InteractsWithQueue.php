<?php

declare(strict_types=1);

namespace Illuminate\Queue;

use Illuminate\Queue\Jobs\Job;

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
        return 1;
    }
}
