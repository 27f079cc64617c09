<?php

namespace Evenement;

trait EventEmitterTrait
{
    protected array $listeners = [];
    protected array $onceListeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function once(string $event, callable $listener): void
    {
        $this->onceListeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach (['listeners', 'onceListeners'] as $store) {
            if (!isset($this->{$store}[$event])) {
                continue;
            }
            $index = \array_search($listener, $this->{$store}[$event], true);
            if (false !== $index) {
                unset($this->{$store}[$event][$index]);
                if (\count($this->{$store}[$event]) === 0) {
                    unset($this->{$store}[$event]);
                }
            }
        }
    }

    public function listeners(?string $event = null): array
    {
        return array_merge($this->listeners[$event] ?? [], $this->onceListeners[$event] ?? []);
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }

        if (isset($this->onceListeners[$event])) {
            $listeners = $this->onceListeners[$event];
            unset($this->onceListeners[$event]);
            foreach ($listeners as $listener) {
                $listener(...$arguments);
            }
        }
    }
}

class EventEmitter
{
    use EventEmitterTrait;
}
