<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;

interface QueueConnection
{
    public function pop(string $queue): ?Job;
}

final class Job
{
    public function __construct(private readonly string $rawBody, public readonly string $queue) {}

    public function payload(): array
    {
        return json_decode($this->rawBody, true);
    }

    public function fire(Container $container): void
    {
        $payload = $this->payload();
        $command = unserialize($payload['data']['command']);
        $container->call([$command, 'handle']);
    }
}

final class WorkerOptions
{
    public function __construct(public readonly int $maxJobs = 0, public readonly int $sleep = 3) {}
}

final class Worker
{
    public function __construct(private readonly QueueConnection $connection, private readonly Container $container) {}

    public function daemon(string $queue, WorkerOptions $options): void
    {
        $processed = 0;
        while (($job = $this->connection->pop($queue)) !== null) {
            $job->fire($this->container);
            if ($options->maxJobs > 0 && ++$processed >= $options->maxJobs) {
                return;
            }
        }
    }
}
