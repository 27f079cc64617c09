<?php

declare(strict_types=1);

namespace Illuminate\Events;

use Closure;
use Illuminate\Container\Container;

class Dispatcher
{
    /** @var array<string, list<Closure|string|array>> */
    protected array $listeners = [];

    public function __construct(protected Container $container)
    {
    }

    public function listen(string|array $events, Closure|string|array $listener): void
    {
        foreach ((array) $events as $event) {
            $this->listeners[$event][] = $listener;
        }
    }

    public function hasListeners(string $eventName): bool
    {
        return !empty($this->listeners[$eventName]);
    }

    public function dispatch(string|object $event, mixed $payload = []): void
    {
        $name = is_object($event) ? $event::class : $event;
        foreach ($this->listeners[$name] ?? [] as $listener) {
            if ($listener instanceof Closure) {
                $listener($event);
            } elseif (is_array($listener)) {
                $this->container->make($listener[0])->{$listener[1]}($event);
            } else {
                $this->container->make($listener)->handle($event);
            }
        }
    }
}
