<?php

namespace Illuminate\Events;

use Illuminate\Container\Container;

class Dispatcher
{
    /** @var array<string, list<string|\Closure>> */
    protected array $listeners = [];

    public function __construct(protected Container $container)
    {
    }

    public function listen(string $event, string|\Closure $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            if (is_string($listener)) {
                $this->container->make($listener)->handle($event);
            } else {
                $listener($event);
            }
        }
    }
}
