<?php
// Stand-in for Laravel's event dispatcher: class-string listeners are
// made by the container and handed each event.

namespace Illuminate\Events;

use Illuminate\Container\Container;

class Dispatcher
{
    /** @var array<string, list<string>> */
    private array $listeners = [];

    public function __construct(private Container $container)
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
