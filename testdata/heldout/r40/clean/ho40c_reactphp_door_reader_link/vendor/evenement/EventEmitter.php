<?php

namespace Evenement;

class EventEmitter
{
    /** @var array<string, list<callable>> */
    protected array $listeners = [];

    public function on(string $event, callable $listener): static
    {
        $this->listeners[$event][] = $listener;

        return $this;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $index => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$index]);
            }
        }
    }

    public function removeAllListeners(?string $event = null): void
    {
        if ($event === null) {
            $this->listeners = [];
        } else {
            unset($this->listeners[$event]);
        }
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }
}
