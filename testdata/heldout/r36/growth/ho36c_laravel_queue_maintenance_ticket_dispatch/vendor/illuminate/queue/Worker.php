<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;

interface ShouldQueue
{
}

/** Stand-in for the database queue driver: hands out serialized job payloads. */
class DatabaseQueue
{
    private int $popped = 0;

    public function __construct(private \Closure $source, private int $available)
    {
    }

    public function pop(string $queue): ?string
    {
        if ($this->popped >= $this->available) {
            return null;
        }
        return ($this->source)($queue, $this->popped++);
    }
}

class Worker
{
    public bool $shouldQuit = false;

    public function __construct(private DatabaseQueue $queue, private Container $container)
    {
    }

    public function daemon(string $queue): void
    {
        while (!$this->shouldQuit) {
            $payload = $this->queue->pop($queue);
            if ($payload === null) {
                $this->shouldQuit = true;
                continue;
            }
            $this->process($payload);
        }
    }

    private function process(string $payload): void
    {
        $job = unserialize(json_decode($payload, true)['data']['command']);
        try {
            $this->container->call([$job, 'handle']);
        } catch (\Throwable $e) {
            $job->failed($e);
        }
    }
}
