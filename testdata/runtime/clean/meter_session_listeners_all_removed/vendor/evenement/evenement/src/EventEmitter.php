<?php
// Stand-in for Evenement's EventEmitter: listeners kept per event.

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
        $i = array_search($listener, $this->listeners[$event] ?? [], true);
        if ($i !== false) {
            unset($this->listeners[$event][$i]);
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

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}
