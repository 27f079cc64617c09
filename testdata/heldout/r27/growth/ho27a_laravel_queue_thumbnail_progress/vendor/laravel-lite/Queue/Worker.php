<?php

declare(strict_types=1);

namespace Illuminate\Queue;

use Illuminate\Container\Container;

final class WorkerOptions
{
    public function __construct(
        public int $maxJobs = 0,
        public int $sleep = 3,
        public int $tries = 1,
    ) {
    }
}

interface Queue
{
    public function pop(string $queue): ?string;
}

final class Worker
{
    private int $jobsProcessed = 0;

    public function __construct(private Queue $queue, private Container $container)
    {
    }

    public function daemon(string $connection, string $queue, WorkerOptions $options): int
    {
        while (true) {
            $payload = $this->queue->pop($queue);
            if ($payload === null) {
                sleep($options->sleep);
                continue;
            }
            $this->process($payload);

            if ($options->maxJobs > 0 && ++$this->jobsProcessed >= $options->maxJobs) {
                return 0;
            }
        }
    }

    private function process(string $payload): void
    {
        $command = unserialize(json_decode($payload, true)['data']['command']);
        try {
            $this->container->call([$command, 'handle']);
        } catch (\Throwable $e) {
            if (method_exists($command, 'failed')) {
                $command->failed($e);
            }
        }
    }
}
