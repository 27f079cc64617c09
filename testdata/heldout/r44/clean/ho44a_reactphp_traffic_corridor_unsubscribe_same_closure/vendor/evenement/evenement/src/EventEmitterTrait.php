<?php

declare(strict_types=1);

namespace Evenement;

trait EventEmitterTrait
{
    protected $listeners = [];
    protected $onceListeners = [];

    public function on($event, callable $listener)
    {
        if ($event === null) {
            throw new \InvalidArgumentException('event name must not be null');
        }
        if (!isset($this->listeners[$event])) {
            $this->listeners[$event] = [];
        }
        $this->listeners[$event][] = $listener;

        return $this;
    }

    public function once($event, callable $listener)
    {
        if ($event === null) {
            throw new \InvalidArgumentException('event name must not be null');
        }
        if (!isset($this->onceListeners[$event])) {
            $this->onceListeners[$event] = [];
        }
        $this->onceListeners[$event][] = $listener;

        return $this;
    }

    public function removeListener($event, callable $listener)
    {
        if ($event === null) {
            throw new \InvalidArgumentException('event name must not be null');
        }
        if (isset($this->listeners[$event])) {
            $index = \array_search($listener, $this->listeners[$event], true);
            if (false !== $index) {
                unset($this->listeners[$event][$index]);
                if (\count($this->listeners[$event]) === 0) {
                    unset($this->listeners[$event]);
                }
            }
        }
        if (isset($this->onceListeners[$event])) {
            $index = \array_search($listener, $this->onceListeners[$event], true);
            if (false !== $index) {
                unset($this->onceListeners[$event][$index]);
                if (\count($this->onceListeners[$event]) === 0) {
                    unset($this->onceListeners[$event]);
                }
            }
        }
    }

    public function removeAllListeners($event = null)
    {
        if ($event !== null) {
            unset($this->listeners[$event], $this->onceListeners[$event]);
        } else {
            $this->listeners = [];
            $this->onceListeners = [];
        }
    }

    public function listeners($event = null): array
    {
        if ($event === null) {
            $events = [];
            foreach (\array_unique(\array_merge(\array_keys($this->listeners), \array_keys($this->onceListeners))) as $eventName) {
                $events[$eventName] = \array_merge($this->listeners[$eventName] ?? [], $this->onceListeners[$eventName] ?? []);
            }

            return $events;
        }

        return \array_merge($this->listeners[$event] ?? [], $this->onceListeners[$event] ?? []);
    }

    public function emit($event, array $arguments = [])
    {
        if ($event === null) {
            throw new \InvalidArgumentException('event name must not be null');
        }
        $listeners = [];
        if (isset($this->onceListeners[$event])) {
            $listeners = $this->onceListeners[$event];
            unset($this->onceListeners[$event]);
        }
        if (isset($this->listeners[$event])) {
            $listeners = \array_merge($listeners, $this->listeners[$event]);
        }
        foreach ($listeners as $listener) {
            $listener(...$arguments);
        }
    }
}
