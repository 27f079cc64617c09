<?php

namespace Illuminate\Queue;

use Closure;
use Illuminate\Contracts\Queue\Queue;
use Illuminate\Foundation\Application;

class QueueManager
{
    /** @var array<string, Queue> */
    protected array $connections = [];

    /** @var array<string, Closure> */
    protected array $connectors = [];

    public function __construct(protected Application $app)
    {
    }

    public function extend(string $driver, Closure $resolver): void
    {
        $this->connectors[$driver] = $resolver;
    }

    public function connection(?string $name = null): Queue
    {
        $name ??= $this->app->config('queue.default');
        if (!isset($this->connections[$name])) {
            $config = $this->app->config("queue.connections.{$name}");
            $this->connections[$name] = ($this->connectors[$config['driver']])($config, $name);
        }

        return $this->connections[$name];
    }
}
