<?php

namespace IlluminateLite;

interface ShouldQueue
{
}

/**
 * Stand-in for `php artisan queue:work`: pops raw jobs off a connection,
 * builds the job object and calls handle() through the container.
 */
final class QueueWorker
{
    private int $processed = 0;
    private int $failed = 0;

    public function __construct(private Container $app)
    {
    }

    public function daemon(iterable $connection): void
    {
        foreach ($connection as [$jobClass, $data]) {
            $job = new $jobClass($data);
            try {
                $this->app->call($job, 'handle');
                $this->processed++;
            } catch (\Throwable $e) {
                $this->failed++;
            }
        }
    }
}
