<?php

declare(strict_types=1);

namespace Illuminate\Queue;

use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobFailed;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;
use Illuminate\Queue\Events\Looping;
use Illuminate\Queue\Events\WorkerStopping;

class Worker
{
    public bool $shouldQuit = false;

    public function __construct(
        protected RedisQueue $connection,
        protected Dispatcher $events,
    ) {
    }

    /**
     * Long-running loop of `php artisan queue:work`. The process is normally
     * replaced by the supervisor (deploy, OOM, SIGKILL) rather than stopping
     * on its own; stop() only runs for --max-jobs/--max-time/SIGTERM.
     */
    public function daemon(string $connectionName, string $queue, WorkerOptions $options): int
    {
        $jobsProcessed = 0;
        while (true) {
            $this->events->dispatch(new Looping($connectionName, $queue));
            $job = $this->connection->pop($queue);
            if ($job === null) {
                // Supervisor recycles the process here in production.
                return 0;
            }
            $jobsProcessed++;
            $this->process($connectionName, $job, $options);
            if ($this->shouldQuit || ($options->maxJobs && $jobsProcessed >= $options->maxJobs)) {
                return $this->stop(0, $options);
            }
        }
    }

    public function process(string $connectionName, Jobs\Job $job, WorkerOptions $options): void
    {
        try {
            $this->events->dispatch(new JobProcessing($connectionName, $job));
            $job->fire();
            $job->delete();
            $this->events->dispatch(new JobProcessed($connectionName, $job));
        } catch (\Throwable $e) {
            $job->fail($e);
            $this->events->dispatch(new JobFailed($connectionName, $job, $e));
        }
    }

    public function stop(int $status = 0, ?WorkerOptions $options = null): int
    {
        $this->events->dispatch(new WorkerStopping($status, $options));
        return $status;
    }
}
