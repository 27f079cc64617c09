<?php
namespace Illuminate\Events;

use Illuminate\Container\Container;

class Dispatcher
{
    /** @var array<string, array<int, callable|string>> */
    protected array $listeners = [];

    public function __construct(protected ?Container $container = null)
    {
    }

    public function listen(string $event, callable|string $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            if (is_string($listener)) {
                $listener = [($this->container ?? Container::getInstance())->make($listener), 'handle'];
            }
            $listener($event);
        }
    }
}
