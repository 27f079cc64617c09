<?php

namespace Illuminate\Queue;

final class Job
{
    public function __construct(private string $rawBody, public int $attempts = 1)
    {
    }

    public function payload(): array
    {
        return json_decode($this->rawBody, true, 32, JSON_THROW_ON_ERROR);
    }
}

/**
 * Stand-in for the redis queue the gateway publishes to: pop() hands out
 * the next frame until $limit jobs have been consumed.
 */
final class RedisQueue
{
    private int $popped = 0;

    /** @param \Closure(int): array $producer */
    public function __construct(private \Closure $producer, private int $limit)
    {
    }

    public function pop(string $queue): ?Job
    {
        if ($this->popped >= $this->limit) {
            return null;
        }

        return new Job(json_encode(($this->producer)($this->popped++)));
    }
}

final class Worker
{
    private bool $shouldQuit = false;

    public function __construct(private RedisQueue $queue, private \Closure $resolver)
    {
    }

    public function daemon(string $queue): void
    {
        while (!$this->shouldQuit) {
            $job = $this->queue->pop($queue);
            if ($job === null) {
                $this->shouldQuit = true;
                continue;
            }
            $payload = $job->payload();
            $instance = new $payload['displayName'](...$payload['data']);
            $instance->handle(...($this->resolver)($instance));
        }
    }
}
