<?php

namespace Illuminate\Queue;

class Worker
{
    public bool $shouldQuit = false;

    public function __construct(private DatabaseQueue $queue)
    {
    }

    /** php artisan queue:work --queue=... --max-jobs=... */
    public function daemon(string $connectionName, string $queue, WorkerOptions $options): int
    {
        $jobsProcessed = 0;

        while (true) {
            $job = $this->queue->pop($queue);

            if ($job !== null) {
                $jobsProcessed++;
                $job->fire();
                $job->delete();
            } elseif ($options->stopWhenEmpty) {
                return 0;
            }

            if ($options->maxJobs && $jobsProcessed >= $options->maxJobs) {
                return 0;
            }
        }
    }
}
