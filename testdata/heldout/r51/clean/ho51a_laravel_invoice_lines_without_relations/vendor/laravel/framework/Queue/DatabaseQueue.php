<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\Job;

/** Stand-in for the jobs table: reserves the next row, here fed by a callback. */
class DatabaseQueue
{
    /** @var \Closure(string): ?string */
    private \Closure $source;

    public function __construct(private Container $container, callable $source)
    {
        $this->source = \Closure::fromCallable($source);
    }

    public function pop(string $queue): ?Job
    {
        $body = ($this->source)($queue);

        return $body === null ? null : new Job($this->container, $body, $queue);
    }
}
