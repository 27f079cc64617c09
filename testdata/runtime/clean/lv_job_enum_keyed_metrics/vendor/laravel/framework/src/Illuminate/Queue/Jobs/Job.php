<?php

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;

abstract class Job
{
    protected mixed $instance = null;

    protected bool $deleted = false;

    public function __construct(protected Container $container, protected string $rawBody, protected string $connectionName, protected string $queue)
    {
    }

    public function fire(): void
    {
        $payload = $this->payload();
        [$class, $method] = explode('@', $payload['job'], 2);
        $this->instance = $this->container->make($class);
        $this->instance->{$method}($this, $payload['data']);
    }

    public function payload(): array
    {
        return json_decode($this->rawBody, true);
    }

    public function getRawBody(): string
    {
        return $this->rawBody;
    }

    public function delete(): void
    {
        $this->deleted = true;
    }

    public function isDeleted(): bool
    {
        return $this->deleted;
    }
}
