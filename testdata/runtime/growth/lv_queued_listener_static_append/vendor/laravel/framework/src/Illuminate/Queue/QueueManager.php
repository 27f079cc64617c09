<?php

namespace Illuminate\Queue;

use Illuminate\Foundation\Application;

class QueueManager
{
    /** @var array<string, DatabaseQueue> */
    protected array $connections = [];

    public function __construct(protected Application $app)
    {
    }

    public function connection(?string $name = null): DatabaseQueue
    {
        $name ??= $this->app['config']->get('queue.default', 'database');
        return $this->connections[$name] ??= (new DatabaseQueue($name))->setContainer($this->app);
    }

    public function __call(string $method, array $parameters): mixed
    {
        return $this->connection()->$method(...$parameters);
    }
}
