<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;

class Worker
{
    public function __construct(protected Container $container, protected RedisQueue $queue) {}

    public function runNextJob(): void
    {
        if ($job = $this->queue->pop()) {
            $this->container->call([$job, 'handle']);
        }
    }
}
