<?php

declare(strict_types=1);

namespace Illuminate\Queue\Events;

use Illuminate\Queue\Jobs\Job;
use Illuminate\Queue\WorkerOptions;

class JobProcessing
{
    public function __construct(public string $connectionName, public Job $job)
    {
    }
}

class JobProcessed
{
    public function __construct(public string $connectionName, public Job $job)
    {
    }
}

class JobFailed
{
    public function __construct(public string $connectionName, public Job $job, public \Throwable $exception)
    {
    }
}

class Looping
{
    public function __construct(public string $connectionName, public string $queue)
    {
    }
}

class WorkerStopping
{
    public function __construct(public int $status = 0, public ?WorkerOptions $workerOptions = null)
    {
    }
}
