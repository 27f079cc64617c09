<?php

namespace Illuminate\Queue;

use Illuminate\Contracts\Queue\Job;
use Illuminate\Contracts\Queue\Queue;

/**
 * Local stand-in for Illuminate\Queue\Worker: the daemon loop of
 * `php artisan queue:work`, one job after another in one process.
 */
class Worker
{
    public bool $shouldQuit = false;

    public function __construct(protected QueueManager $manager)
    {
    }

    public function daemon(string $connectionName, string $queue, WorkerOptions $options): int
    {
        $jobsProcessed = 0;
        while (true) {
            $job = $this->getNextJob($this->manager->connection($connectionName), $queue);
            if ($job === null) {
                if ($options->stopWhenEmpty) {
                    return 0;
                }
                continue;
            }
            $jobsProcessed++;
            $this->process($connectionName, $job, $options);

            if ($options->maxJobs > 0 && $jobsProcessed >= $options->maxJobs) {
                return 0;
            }
        }
    }

    protected function getNextJob(Queue $connection, string $queue): ?Job
    {
        foreach (explode(',', $queue) as $name) {
            if (!is_null($job = $connection->pop($name))) {
                return $job;
            }
        }

        return null;
    }

    public function process(string $connectionName, Job $job, WorkerOptions $options): void
    {
        try {
            $job->fire();
        } catch (\Throwable $e) {
            if (!$job->isDeleted()) {
                $job->release($options->backoff);
            }
        }
    }
}
