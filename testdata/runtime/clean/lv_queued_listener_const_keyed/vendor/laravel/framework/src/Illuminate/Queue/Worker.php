<?php

namespace Illuminate\Queue;

use Closure;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;
use Illuminate\Queue\Jobs\Job;

class Worker
{
    public function __construct(protected QueueManager $manager, protected Dispatcher $events, protected ?Closure $resetScope = null)
    {
    }

    /**
     * Listen to the given queue in a loop (queue:work).
     */
    public function daemon(string $connectionName, string $queue, WorkerOptions $options): int
    {
        $jobsProcessed = 0;
        while (true) {
            if (! $this->runNextJob($connectionName, $queue, $options)) {
                if ($options->stopWhenEmpty) {
                    return 0;
                }
                sleep($options->sleep);
                continue;
            }
            $jobsProcessed++;
            if ($options->maxJobs && $jobsProcessed >= $options->maxJobs) {
                return 0;
            }
        }
    }

    /**
     * Process the next job on the queue (queue:work --once).
     */
    public function runNextJob(string $connectionName, string $queue, WorkerOptions $options): bool
    {
        if ($this->resetScope) {
            ($this->resetScope)();
        }
        $job = $this->manager->connection($connectionName)->pop($queue);
        if (! $job) {
            return false;
        }
        $this->process($connectionName, $job, $options);
        return true;
    }

    public function process(string $connectionName, Job $job, WorkerOptions $options): void
    {
        $this->events->dispatch(new JobProcessing($connectionName, $job));
        $job->fire();
        $this->events->dispatch(new JobProcessed($connectionName, $job));
    }
}
