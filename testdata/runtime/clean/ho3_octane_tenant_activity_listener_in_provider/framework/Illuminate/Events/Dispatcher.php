<?php

declare(strict_types=1);

namespace Illuminate\Events;

use Closure;

class Dispatcher
{
    /** @var array<string, list<Closure|callable>> */
    protected array $listeners = [];

    /** @var array<string, list<Closure|callable>> */
    protected array $wildcards = [];

    /**
     * @param string|list<string> $events
     */
    public function listen(string|array $events, Closure|callable $listener): void
    {
        foreach ((array) $events as $event) {
            if (str_contains($event, '*')) {
                $this->wildcards[$event][] = $listener;
                continue;
            }
            $this->listeners[$event][] = $listener;
        }
    }

    public function hasListeners(string $eventName): bool
    {
        return isset($this->listeners[$eventName]) || $this->wildcards !== [];
    }

    /**
     * @return list<mixed>
     */
    public function dispatch(string|object $event, array $payload = []): array
    {
        $name = is_object($event) ? $event::class : $event;
        $payload = is_object($event) ? [$event] : $payload;
        $responses = [];
        foreach ($this->getListeners($name) as $listener) {
            $response = $listener(...$payload);
            if ($response === false) {
                break;
            }
            $responses[] = $response;
        }

        return $responses;
    }

    /**
     * @return list<Closure|callable>
     */
    public function getListeners(string $eventName): array
    {
        $listeners = $this->listeners[$eventName] ?? [];
        foreach ($this->wildcards as $pattern => $wildcardListeners) {
            if (fnmatch($pattern, $eventName)) {
                array_push($listeners, ...$wildcardListeners);
            }
        }

        return $listeners;
    }

    public function forget(string $event): void
    {
        unset($this->listeners[$event], $this->wildcards[$event]);
    }
}
