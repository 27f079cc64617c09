<?php

namespace Illuminate\Events;

use Illuminate\Container\Container;
use Illuminate\Contracts\Queue\ShouldQueue;

class CallQueuedListener implements ShouldQueue
{
    public function __construct(public string $class, public string $method, public array $data)
    {
    }

    public function handle(Container $container): void
    {
        $handler = $container->make($this->class);
        $handler->{$this->method}(...array_values($this->data));
    }

    public function displayName(): string
    {
        return $this->class;
    }
}
