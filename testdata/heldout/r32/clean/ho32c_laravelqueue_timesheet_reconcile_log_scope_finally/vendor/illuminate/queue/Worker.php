<?php

namespace Illuminate\Queue;

interface ShouldQueue
{
}

/** Stand-in for `php artisan queue:work`: pops serialized jobs and runs handle(). */
class Worker
{
    private int $processed = 0;

    public function __construct(private \Closure $pop, private \Closure $resolve)
    {
    }

    public function daemon(string $connection, string $queue, int $maxJobs): void
    {
        while ($this->processed < $maxJobs && ($payload = ($this->pop)($queue)) !== null) {
            $job = unserialize($payload);
            try {
                $job->handle(...($this->resolve)($job));
            } catch (\Throwable $e) {
                // failed_jobs table in a real worker
            }
            $this->processed++;
        }
    }
}
