<?php
declare(strict_types=1);

namespace Evenement;

interface EventEmitterInterface
{
    public function on($event, callable $listener);
    public function once($event, callable $listener);
    public function removeListener($event, callable $listener);
    public function removeAllListeners($event = null);
    public function emit($event, array $arguments = []);
}

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
        $this->listeners[$event][] = $listener; // leak

        return $this;
    }

    public function once($event, callable $listener)
    {
        if (!isset($this->onceListeners[$event])) {
            $this->onceListeners[$event] = [];
        }
        $this->onceListeners[$event][] = $listener;

        return $this;
    }

    public function removeListener($event, callable $listener)
    {
        foreach (['listeners', 'onceListeners'] as $bag) {
            if (isset($this->{$bag}[$event])) {
                $index = \array_search($listener, $this->{$bag}[$event], true);
                if (false !== $index) {
                    unset($this->{$bag}[$event][$index]);
                    if (\count($this->{$bag}[$event]) === 0) {
                        unset($this->{$bag}[$event]);
                    }
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

    public function emit($event, array $arguments = [])
    {
        $listeners = $this->listeners[$event] ?? [];
        $once = $this->onceListeners[$event] ?? [];
        unset($this->onceListeners[$event]);
        foreach ($listeners as $listener) {
            $listener(...$arguments);
        }
        foreach ($once as $listener) {
            $listener(...$arguments);
        }
    }
}
