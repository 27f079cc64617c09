<?php

declare(strict_types=1);

namespace Illuminate\Queue;

use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\Job;

/**
 * Stand-in for the Redis connection: the list is fed by the producer the
 * application registered, one payload per pop.
 */
class RedisQueue
{
    private int $popped = 0;

    /** @param \Closure(int): ?string $list */
    public function __construct(
        private Container $container,
        private \Closure $list,
        private string $connectionName = 'redis',
    ) {
    }

    public function pop(string $queue): ?Job
    {
        $raw = ($this->list)($this->popped);
        if ($raw === null) {
            return null;
        }
        $this->popped++;
        return new Job($this->container, $raw, $this->connectionName, $queue);
    }
}
