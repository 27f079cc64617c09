<?php

namespace App\Events;

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener;
    }

    public function dispatch(object $event, string $eventName): object
    {
        foreach ($this->listeners[$eventName] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }

    public function hasListeners(string $eventName): bool
    {
        return !empty($this->listeners[$eventName]);
    }
}

final class RequestEvent
{
    public function __construct(public readonly \App\Http\Request $request) {}
}

final class ResponseEvent
{
    public function __construct(public readonly \App\Http\Request $request, public readonly \App\Http\Response $response) {}
}

final class TerminateEvent
{
    public function __construct(public readonly \App\Http\Request $request, public readonly \App\Http\Response $response) {}
}
