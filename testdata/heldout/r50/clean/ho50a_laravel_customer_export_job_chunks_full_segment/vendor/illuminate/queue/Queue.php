<?php

namespace Illuminate\Contracts\Queue;

interface ShouldQueue
{
}

namespace Illuminate\Bus;

trait Queueable
{
    public ?string $connection = null;
    public ?string $queue = null;
    public ?int $delay = null;

    public function onQueue(?string $queue): static
    {
        $this->queue = $queue;
        return $this;
    }
}

namespace Illuminate\Queue;

use Illuminate\Container\Container;

trait InteractsWithQueue
{
    public ?Jobs\Job $job = null;

    public function attempts(): int
    {
        return $this->job?->attempts() ?? 1;
    }

    public function setJob(Jobs\Job $job): static
    {
        $this->job = $job;
        return $this;
    }
}

trait SerializesModels
{
}

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;
use Illuminate\Queue\CallQueuedHandler;

class Job
{
    private int $attempts = 0;

    public function __construct(private Container $container, private string $rawBody, public readonly string $queue)
    {
    }

    public function payload(): array
    {
        return json_decode($this->rawBody, true, flags: JSON_THROW_ON_ERROR);
    }

    public function attempts(): int
    {
        return $this->attempts;
    }

    public function fire(): void
    {
        $this->attempts++;
        (new CallQueuedHandler($this->container))->call($this, $this->payload()['data']);
    }
}

namespace Illuminate\Queue;

use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\Job;

class CallQueuedHandler
{
    public function __construct(private Container $container)
    {
    }

    public function call(Job $job, array $data): void
    {
        $command = unserialize($data['command']);
        if (method_exists($command, 'setJob')) {
            $command->setJob($job);
        }
        $this->container->call([$command, 'handle']);
    }
}

/** In-memory stand-in for the redis queue driver. */
class RedisQueue
{
    /** @var array<string, list<string>> */
    private array $queues = [];

    public function __construct(private Container $container)
    {
    }

    public function push(object $command, ?string $queue = null): void
    {
        $queue ??= $command->queue ?? 'default';
        $this->queues[$queue][] = json_encode([
            'uuid' => bin2hex(random_bytes(8)),
            'displayName' => $command::class,
            'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
            'data' => ['commandName' => $command::class, 'command' => serialize($command)],
        ]);
    }

    public function pop(string $queue): ?Job
    {
        $raw = array_shift($this->queues[$queue]);
        return $raw === null ? null : new Job($this->container, $raw, $queue);
    }
}

class WorkerOptions
{
    public function __construct(public int $sleep = 3, public int $maxJobs = 0, public int $timeout = 60)
    {
    }
}

/** queue:work */
class Worker
{
    public function __construct(private RedisQueue $queue)
    {
    }

    public function runNextJob(string $connectionName, string $queue, WorkerOptions $options): void
    {
        $job = $this->queue->pop($queue);
        if ($job !== null) {
            $this->process($connectionName, $job, $options);
        }
    }

    public function process(string $connectionName, Job $job, WorkerOptions $options): void
    {
        try {
            $job->fire();
        } catch (\Throwable $e) {
            // report + release, elided
        }
    }
}
