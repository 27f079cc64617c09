<?php

declare(strict_types=1);

namespace Illuminate\Contracts\Queue;

interface ShouldQueue
{
}

namespace Illuminate\Queue;

use Closure;

final class Container
{
    private array $instances = [];

    public function instance(string $id, object $service): void
    {
        $this->instances[$id] = $service;
    }

    public function call(object $target, string $method): mixed
    {
        $args = [];
        foreach ((new \ReflectionMethod($target, $method))->getParameters() as $param) {
            $args[] = $this->instances[$param->getType()->getName()];
        }

        return $target->{$method}(...$args);
    }
}

final class RedisJob
{
    private bool $deleted = false;

    public function __construct(private readonly string $rawBody, public readonly int $attempts = 1)
    {
    }

    public function payload(): array
    {
        return json_decode($this->rawBody, true, 512, JSON_THROW_ON_ERROR);
    }

    public function delete(): void
    {
        $this->deleted = true;
    }
}

/** In-process stand-in for the Redis queue: serves a fixed number of payloads built by $producer. */
final class ArrayQueue
{
    private int $popped = 0;

    public function __construct(private readonly int $size, private readonly Closure $producer)
    {
    }

    public function pop(string $queue): ?RedisJob
    {
        if ($this->popped >= $this->size) {
            return null;
        }

        return new RedisJob(json_encode(($this->producer)($this->popped++)));
    }
}

final class Worker
{
    private int $processed = 0;

    public function __construct(private ArrayQueue $queue, private Container $container)
    {
    }

    public function daemon(string $queue): void
    {
        while (($job = $this->queue->pop($queue)) !== null) {
            $this->process($job);
        }
    }

    private function process(RedisJob $job): void
    {
        $payload = $job->payload();
        $command = unserialize($payload['data']['command'], ['allowed_classes' => [$payload['data']['commandName']]]);
        $this->container->call($command, 'handle');
        $job->delete();
        $this->processed++;
    }
}
