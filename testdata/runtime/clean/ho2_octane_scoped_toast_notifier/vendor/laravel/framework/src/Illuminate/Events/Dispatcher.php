<?php

namespace Illuminate\Events;

use Closure;

class Dispatcher
{
    /** @var array<string, list<Closure|array|string>> */
    protected array $listeners = [];

    public function listen(string $event, Closure|array|string $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function hasListeners(string $event): bool
    {
        return !empty($this->listeners[$event]);
    }

    public function dispatch(string|object $event, mixed $payload = []): array
    {
        [$name, $payload] = \is_object($event) ? [$event::class, [$event]] : [$event, (array) $payload];

        $responses = [];
        foreach ($this->listeners[$name] ?? [] as $listener) {
            $responses[] = $listener(...$payload);
        }

        return $responses;
    }

    public function forget(string $event): void
    {
        unset($this->listeners[$event]);
    }
}
