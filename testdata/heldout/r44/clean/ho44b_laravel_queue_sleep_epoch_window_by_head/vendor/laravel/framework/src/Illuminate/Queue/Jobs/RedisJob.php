<?php

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;

class RedisJob extends Job
{
    public function __construct(
        Container $container,
        protected string $job,
        string $connectionName,
        string $queue,
        protected int $attempts = 1,
    ) {
        $this->container = $container;
        $this->connectionName = $connectionName;
        $this->queue = $queue;
    }

    public function getRawBody(): string
    {
        return $this->job;
    }

    public function attempts(): int
    {
        return $this->attempts;
    }

    public function getJobId(): ?string
    {
        return $this->payload()['uuid'] ?? null;
    }
}
