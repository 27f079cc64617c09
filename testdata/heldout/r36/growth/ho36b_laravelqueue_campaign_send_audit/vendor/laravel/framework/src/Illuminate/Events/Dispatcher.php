<?php

namespace Illuminate\Events;

use Illuminate\Container\Container;

class Dispatcher
{
    /** @var array<class-string, list<class-string>> */
    protected array $listeners = [];

    public function __construct(protected Container $container)
    {
    }

    public function listen(string $event, string $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $this->container->make($listener)->handle($event);
        }
    }
}
