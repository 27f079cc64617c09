<?php

namespace Evenement;

interface EventEmitterInterface
{
    public function on(string $event, callable $listener): void;

    public function once(string $event, callable $listener): void;

    public function removeListener(string $event, callable $listener): void;

    public function removeAllListeners(?string $event = null): void;

    public function emit(string $event, array $arguments = []): void;
}

trait EventEmitterTrait
{
    /** @var array<string, list<callable>> */
    protected array $listeners = [];

    /** @var array<string, list<callable>> */
    protected array $onceListeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function once(string $event, callable $listener): void
    {
        $this->onceListeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $index => $registered) {
            if ($registered == $listener) {
                unset($this->listeners[$event][$index]);
            }
        }
        if (empty($this->listeners[$event])) {
            unset($this->listeners[$event]);
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
