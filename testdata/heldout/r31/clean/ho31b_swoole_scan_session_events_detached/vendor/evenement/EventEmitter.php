<?php

declare(strict_types=1);

namespace Evenement;

// Stand-in for igorw/evenement's EventEmitterTrait/EventEmitter.
class EventEmitter
{
    protected array $listeners = [];
    protected array $onceListeners = [];

    public function on(string $event, callable $listener): static
    {
        $this->listeners[$event][] = $listener;
        return $this;
    }

    public function once(string $event, callable $listener): static
    {
        $this->onceListeners[$event][] = $listener;
        return $this;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $l) {
            if ($l === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function removeAllListeners(?string $event = null): void
    {
        if ($event === null) {
            $this->listeners = [];
            $this->onceListeners = [];
            return;
        }
        unset($this->listeners[$event], $this->onceListeners[$event]);
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
        $once = $this->onceListeners[$event] ?? [];
        unset($this->onceListeners[$event]);
        foreach ($once as $listener) {
            $listener(...$arguments);
        }
    }
}
