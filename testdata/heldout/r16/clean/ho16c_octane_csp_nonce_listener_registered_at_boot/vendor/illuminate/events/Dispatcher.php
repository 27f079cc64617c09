<?php

declare(strict_types=1);

namespace Illuminate\Events;

use Closure;

class Dispatcher
{
    /** @var array<string, list<Closure|array>> */
    protected array $listeners = [];

    public function listen(string $event, Closure|array $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}
