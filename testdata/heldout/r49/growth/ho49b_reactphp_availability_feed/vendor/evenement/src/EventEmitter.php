<?php
namespace Evenement;

class EventEmitter implements EventEmitterInterface
{
    protected array $listeners = [];
    protected array $onceListeners = [];

    public function on(string $event, callable $listener)
    {
        $this->listeners[$event] ??= [];
        $this->listeners[$event][] = $listener; // leak

        return $this;
    }

    public function once(string $event, callable $listener)
    {
        $this->onceListeners[$event] ??= [];
        $this->onceListeners[$event][] = $listener;

        return $this;
    }

    public function removeListener(string $event, callable $listener)
    {
        foreach (['listeners', 'onceListeners'] as $store) {
            if (!isset($this->$store[$event])) {
                continue;
            }
            $index = array_search($listener, $this->$store[$event], true);
            if ($index !== false) {
                unset($this->$store[$event][$index]);
                if ($this->$store[$event] === []) {
                    unset($this->$store[$event]);
                }
            }
        }
    }

    public function removeAllListeners(?string $event = null)
    {
        if ($event !== null) {
            unset($this->listeners[$event], $this->onceListeners[$event]);
        } else {
            $this->listeners = [];
            $this->onceListeners = [];
        }
    }

    public function listeners(?string $event = null): array
    {
        return array_merge($this->listeners[$event] ?? [], $this->onceListeners[$event] ?? []);
    }

    public function emit(string $event, array $arguments = [])
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
        if (isset($this->onceListeners[$event])) {
            $once = $this->onceListeners[$event];
            unset($this->onceListeners[$event]);
            foreach ($once as $listener) {
                $listener(...$arguments);
            }
        }
    }
}
