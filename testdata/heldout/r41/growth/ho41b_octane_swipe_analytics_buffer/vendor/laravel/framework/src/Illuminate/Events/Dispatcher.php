<?php
declare(strict_types=1);

namespace Illuminate\Events;

use Illuminate\Container\Container;

class Dispatcher
{
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
                $listener = [$this->container->make($listener), 'handle'];
            }
            $listener($event);
        }
    }
}
