<?php

namespace Illuminate\Events;

use Illuminate\Container\Container;

class Dispatcher
{
    /** @var array<string, list<\Closure>> */
    protected array $listeners = [];

    public function __construct(protected Container $container) {}

    public function listen(string|array $events, \Closure|string|array|null $listener = null): void
    {
        foreach ((array) $events as $event) {
            $this->listeners[$event][] = $this->makeListener($listener); // leak
        }
    }

    public function hasListeners(string $eventName): bool
    {
        return isset($this->listeners[$eventName]);
    }

    public function dispatch(string|object $event, mixed $payload = []): array
    {
        [$name, $payload] = is_object($event) ? [$event::class, [$event]] : [$event, (array) $payload];
        $responses = [];
        foreach ($this->listeners[$name] ?? [] as $listener) {
            $responses[] = $listener($name, $payload);
        }

        return $responses;
    }

    public function forget(string $event): void
    {
        unset($this->listeners[$event]);
    }

    protected function makeListener(\Closure|string|array $listener): \Closure
    {
        if (is_string($listener)) {
            $listener = [$listener, 'handle'];
        }
        if (is_array($listener) && is_string($listener[0])) {
            return fn (string $event, array $payload) => $this->container->make($listener[0])->{$listener[1]}(...$payload);
        }

        return static fn (string $event, array $payload) => $listener(...$payload);
    }
}
