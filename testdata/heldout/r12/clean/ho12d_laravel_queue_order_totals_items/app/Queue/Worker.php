<?php

declare(strict_types=1);

namespace App\Queue;

/*
 * Stand-ins for illuminate/queue: a queue connection and the daemon worker (php artisan queue:work).
 */

interface ShouldQueue
{
}

final class QueuedJob
{
    public function __construct(public readonly string $payload, public readonly int $attempts = 1)
    {
    }
}

final class RedisQueue
{
    private int $popped = 0;

    public function __construct(private int $available)
    {
    }

    public function pop(string $queue): ?QueuedJob
    {
        if ($this->popped >= $this->available) {
            return null;
        }
        $this->popped++;

        return new QueuedJob(json_encode([
            'uuid' => md5($queue . $this->popped),
            'displayName' => \App\Jobs\RecalculateOrderTotals::class,
            'data' => ['command' => serialize(new \App\Jobs\RecalculateOrderTotals(sprintf('ORD%07d', $this->popped)))],
        ]));
    }
}

final class Worker
{
    public bool $shouldQuit = false;

    /** @param array<class-string, object> $dependencies */
    public function __construct(private RedisQueue $connection, private array $dependencies)
    {
    }

    public function daemon(string $queue): void
    {
        while (!$this->shouldQuit) {
            $job = $this->connection->pop($queue);
            if ($job === null) {
                $this->shouldQuit = true;
                break;
            }
            $this->process($job);
        }
    }

    private function process(QueuedJob $job): void
    {
        $payload = json_decode($job->payload, true, 512, JSON_THROW_ON_ERROR);
        $command = unserialize($payload['data']['command']);

        $method = new \ReflectionMethod($command, 'handle');
        $arguments = [];
        foreach ($method->getParameters() as $parameter) {
            $arguments[] = $this->dependencies[(string) $parameter->getType()];
        }
        $command->handle(...$arguments);
    }
}
