<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;

interface ShouldQueue
{
}

/**
 * Stand-in for `php artisan queue:work`: one booted application, jobs
 * popped from the connection until the worker is told to stop.
 */
class Worker
{
    public function __construct(private Container $app)
    {
    }

    /** @param \Closure(int): ?ShouldQueue $pop */
    public function daemon(\Closure $pop, int $maxJobs): void
    {
        for ($processed = 0; $processed < $maxJobs; $processed++) {
            $job = $pop($processed);
            if ($job === null) {
                continue;
            }
            try {
                $job->handle();
            } finally {
                $this->app->forgetScopedInstances();
            }
        }
    }
}
