<?php

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;

abstract class Job implements \Illuminate\Contracts\Queue\Job
{
    protected Container $container;
    protected string $connectionName;
    protected string $queue;
    protected bool $deleted = false;
    protected bool $released = false;

    abstract public function getRawBody(): string;

    public function payload(): array
    {
        return json_decode($this->getRawBody(), true);
    }

    public function fire(): void
    {
        $payload = $this->payload();
        [$class, $method] = explode('@', $payload['job']);
        $this->container->make($class)->{$method}($this, $payload['data']);
    }

    public function delete(): void
    {
        $this->deleted = true;
    }

    public function isDeleted(): bool
    {
        return $this->deleted;
    }

    public function release(int $delay = 0): void
    {
        $this->released = true;
    }

    public function getName(): string
    {
        return $this->payload()['job'];
    }

    public function resolveName(): string
    {
        return $this->payload()['displayName'] ?? $this->getName();
    }

    public function getQueue(): string
    {
        return $this->queue;
    }

    public function getConnectionName(): string
    {
        return $this->connectionName;
    }
}
