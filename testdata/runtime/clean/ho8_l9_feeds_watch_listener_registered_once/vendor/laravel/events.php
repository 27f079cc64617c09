<?php
// Stripped-down illuminate/events dispatcher.

namespace Illuminate\Events;

class Dispatcher
{
    protected array $listeners = [];

    public function listen(string $event, \Closure|array $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): array
    {
        $responses = [];
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $responses[] = $listener($event);
        }
        return $responses;
    }
}
