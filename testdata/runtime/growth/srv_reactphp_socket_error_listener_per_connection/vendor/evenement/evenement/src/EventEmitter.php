<?php

namespace Evenement;

interface EventEmitterInterface
{
    public function on($event, callable $listener);

    public function once($event, callable $listener);

    public function removeListener($event, callable $listener);

    public function removeAllListeners($event = null);

    public function listeners($event = null): array;

    public function emit($event, array $arguments = []);
}

trait EventEmitterTrait
{
    protected $listeners = [];

    public function on($event, callable $listener)
    {
        $this->listeners[$event][] = $listener;

        return $this;
    }

    public function once($event, callable $listener)
    {
        $onceListener = function (...$arguments) use (&$onceListener, $event, $listener) {
            $this->removeListener($event, $onceListener);
            $listener(...$arguments);
        };

        return $this->on($event, $onceListener);
    }

    public function removeListener($event, callable $listener)
    {
        foreach ($this->listeners[$event] ?? [] as $index => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$index]);
            }
        }
        if (isset($this->listeners[$event]) && $this->listeners[$event] === []) {
            unset($this->listeners[$event]);
        }
    }

    public function removeAllListeners($event = null)
    {
        if ($event !== null) {
            unset($this->listeners[$event]);
        } else {
            $this->listeners = [];
        }
    }

    public function listeners($event = null): array
    {
        return $event === null ? $this->listeners : ($this->listeners[$event] ?? []);
    }

    public function emit($event, array $arguments = [])
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }
}

class EventEmitter implements EventEmitterInterface
{
    use EventEmitterTrait;
}
