<?php

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;
use Throwable;

class Job
{
    private bool $deleted = false;
    private bool $released = false;
    private bool $failed = false;

    public function __construct(private Container $container, private string $rawBody, private int $attempts = 1)
    {
    }

    public function fire(): void
    {
        $payload = json_decode($this->rawBody, true, 512, JSON_THROW_ON_ERROR);
        $command = unserialize($payload['data']['command']);
        if (method_exists($command, 'setJob')) {
            $command->setJob($this);
        }
        $this->container->call([$command, 'handle']);
        if (!$this->deleted && !$this->released && !$this->failed) {
            $this->delete();
        }
    }

    public function attempts(): int
    {
        return $this->attempts;
    }

    public function delete(): void
    {
        $this->deleted = true;
    }

    public function release(int $delay = 0): void
    {
        $this->released = true;
    }

    public function fail(Throwable|string|null $e = null): void
    {
        $this->failed = true;
    }
}
