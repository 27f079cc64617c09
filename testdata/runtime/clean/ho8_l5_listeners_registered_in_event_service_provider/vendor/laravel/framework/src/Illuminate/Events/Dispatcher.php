<?php

namespace Illuminate\Events;

use Closure;
use Illuminate\Container\Container;

class Dispatcher
{
    protected array $listeners = [];

    public function __construct(protected Container $container) {}

    public function listen(string $event, Closure|string $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener instanceof Closure ? $listener($event) : $this->container->make($listener)->handle($event);
        }
    }
}
