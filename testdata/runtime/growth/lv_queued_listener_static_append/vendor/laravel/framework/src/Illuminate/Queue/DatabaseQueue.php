<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\DatabaseJob;
use SplQueue;

/**
 * Stand-in: the "jobs" table is an in-memory FIFO of JSON payloads.
 */
class DatabaseQueue
{
    protected Container $container;

    protected SplQueue $table;

    public function __construct(protected string $connectionName)
    {
        $this->table = new SplQueue();
    }

    public function setContainer(Container $container): static
    {
        $this->container = $container;
        return $this;
    }

    public function push(object|string $job, mixed $data = '', ?string $queue = null): string
    {
        $uuid = bin2hex(random_bytes(8));
        $this->table->enqueue(json_encode([
            'uuid' => $uuid,
            'displayName' => method_exists($job, 'displayName') ? $job->displayName() : get_class($job),
            'job' => 'Illuminate\Queue\CallQueuedHandler@call',
            'data' => ['commandName' => get_class($job), 'command' => serialize($job)],
            'queue' => $queue ?? 'default',
        ]));
        return $uuid;
    }

    public function pop(?string $queue = null): ?DatabaseJob
    {
        if ($this->table->isEmpty()) {
            return null;
        }
        return new DatabaseJob($this->container, $this, $this->table->dequeue(), $this->connectionName, $queue ?? 'default');
    }

    public function size(?string $queue = null): int
    {
        return count($this->table);
    }
}
