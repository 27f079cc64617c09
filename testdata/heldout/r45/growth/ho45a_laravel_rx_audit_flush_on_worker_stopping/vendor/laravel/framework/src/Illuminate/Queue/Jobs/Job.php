<?php

declare(strict_types=1);

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;

class Job
{
    protected bool $deleted = false;
    protected bool $failed = false;

    public function __construct(
        protected Container $container,
        protected string $rawBody,
        protected string $connectionName,
        protected string $queue,
    ) {
    }

    public function payload(): array
    {
        return json_decode($this->rawBody, true, 32, JSON_THROW_ON_ERROR);
    }

    public function fire(): void
    {
        $payload = $this->payload();
        $command = unserialize($payload['data']['command']);
        if (method_exists($command, 'setJob')) {
            $command->setJob($this);
        }
        $this->container->call([$command, 'handle']);
    }

    public function delete(): void
    {
        $this->deleted = true;
    }

    public function isDeleted(): bool
    {
        return $this->deleted;
    }

    public function fail(\Throwable $e): void
    {
        $this->failed = true;
    }

    public function getName(): string
    {
        return $this->payload()['displayName'] ?? 'unknown';
    }

    public function getJobId(): string
    {
        return (string) ($this->payload()['uuid'] ?? '');
    }

    public function getRawBody(): string
    {
        return $this->rawBody;
    }
}
