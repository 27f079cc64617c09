<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;
use Illuminate\Queue\Events\WorkerStopping;

/** In-memory stand-in for the redis connection Horizon supervises. */
class RedisQueue
{
    /** @var \SplQueue<string> */
    private \SplQueue $ready;

    public function __construct(private string $connectionName)
    {
        $this->ready = new \SplQueue();
    }

    public function push(string $job, array $data): void
    {
        $this->ready->enqueue(json_encode([
            'uuid' => bin2hex(random_bytes(16)),
            'job' => $job,
            'data' => $data,
            'attempts' => 0,
        ]));
    }

    public function pop(): ?array
    {
        return $this->ready->isEmpty() ? null : json_decode($this->ready->dequeue(), true);
    }

    public function connectionName(): string
    {
        return $this->connectionName;
    }
}

class Worker
{
    public function __construct(private Container $container, private Dispatcher $events)
    {
    }

    public function runNextJob(RedisQueue $queue): bool
    {
        $payload = $queue->pop();
        if ($payload === null) {
            return false;
        }
        $this->events->dispatch(new JobProcessing($queue->connectionName(), $payload));
        $job = $this->container->make($payload['job']);
        $job->handle($payload['data']);
        $this->events->dispatch(new JobProcessed($queue->connectionName(), $payload));

        return true;
    }

    public function stop(int $status = 0): void
    {
        $this->events->dispatch(new WorkerStopping($status));
    }
}
