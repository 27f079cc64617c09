<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;
use Illuminate\Contracts\Queue\ShouldQueue;

class Worker
{
    public int $processed = 0;

    public function __construct(protected Container $container)
    {
    }

    /** Runs until the queue is empty (queue:work --stop-when-empty). */
    public function daemon(\Closure $pop): void
    {
        while (($job = $pop()) instanceof ShouldQueue) {
            $this->process($job);
        }
    }

    public function process(ShouldQueue $job): void
    {
        $this->container->call([$job, 'handle']);
        $this->processed++;
    }
}
