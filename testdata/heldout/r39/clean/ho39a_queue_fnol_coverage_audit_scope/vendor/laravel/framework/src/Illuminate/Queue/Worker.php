<?php

namespace Illuminate\Queue;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\Job;
use Throwable;

/**
 * Stand-in for `php artisan queue:work --max-jobs=N`: pops raw payloads from
 * the connection and fires them in this one long-lived process.
 */
class Worker
{
    /** @param Closure(): ?string $pop */
    public function __construct(private Container $container, private Closure $pop)
    {
    }

    public function daemon(string $connection, string $queue, int $maxJobs): void
    {
        for ($processed = 0; $processed < $maxJobs; $processed++) {
            $raw = ($this->pop)($queue);
            if ($raw === null) {
                return;
            }
            $job = new Job($this->container, $raw);
            try {
                $job->fire();
            } catch (Throwable $e) {
                $job->fail($e);
            }
        }
    }
}
