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
    public mixed $delay = null;
    public array $middleware = [];
    public array $chained = [];

    public function onQueue(?string $queue): static
    {
        $this->queue = $queue;

        return $this;
    }
}

namespace Illuminate\Foundation\Bus;

trait Dispatchable
{
    public static function dispatch(...$arguments): object
    {
        return new static(...$arguments);
    }
}

namespace Illuminate\Queue;

trait InteractsWithQueue
{
    public ?object $job = null;

    public function attempts(): int
    {
        return $this->job?->attempts ?? 1;
    }

    public function setJob(object $job): static
    {
        $this->job = $job;

        return $this;
    }
}

namespace Illuminate\Database;

/** Runs the callback in a transaction (no real connection here). */
final class DatabaseManager
{
    private int $level = 0;

    public function transaction(\Closure $callback): mixed
    {
        $this->level++;
        try {
            return $callback($this);
        } finally {
            $this->level--;
        }
    }

    public function table(string $table): QueryBuilder
    {
        return new QueryBuilder($table);
    }
}

final class QueryBuilder
{
    private array $wheres = [];

    public function __construct(private string $table)
    {
    }

    public function where(string $column, mixed $value): self
    {
        $this->wheres[$column] = $value;

        return $this;
    }

    public function update(array $values): int
    {
        return 1;
    }
}

namespace Illuminate\Queue\Jobs;

/** The queued payload as popped from the connection. */
final class RedisJob
{
    public int $attempts = 1;

    public function __construct(public string $rawBody, public string $queue)
    {
    }

    public function payload(): array
    {
        return json_decode($this->rawBody, true);
    }
}

namespace Illuminate\Queue;

use Illuminate\Database\DatabaseManager;
use Illuminate\Queue\Jobs\RedisJob;

/** queue:work stand-in: pops, builds the command, calls handle() with its dependencies. */
final class Worker
{
    /** @param array<class-string, object> $services */
    public function __construct(private \Closure $pop, private array $services)
    {
    }

    public function daemon(string $connection, string $queue): void
    {
        while ($job = ($this->pop)($queue)) {
            $this->process($connection, $job);
        }
    }

    private function process(string $connection, RedisJob $job): void
    {
        $payload = $job->payload();
        $class = $payload['displayName'];
        $command = new $class(...$payload['data']);
        $command->setJob($job);

        $method = new \ReflectionMethod($command, 'handle');
        $args = [];
        foreach ($method->getParameters() as $param) {
            $args[] = $this->services[$param->getType()->getName()];
        }
        $command->handle(...$args);
    }
}
