<?php

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;

/** A reserved job row; fire() runs the serialized command. */
class Job
{
    protected bool $deleted = false;

    public function __construct(protected Container $container, protected string $rawBody, protected string $queue)
    {
    }

    public function payload(): array
    {
        return json_decode($this->rawBody, true);
    }

    public function fire(): void
    {
        $payload = $this->payload();
        $command = unserialize($payload['data']['command']);
        $this->container->call([$command, 'handle']);
    }

    public function delete(): void
    {
        $this->deleted = true;
    }
}
