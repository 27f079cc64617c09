<?php
// Stand-in for evenement/evenement's EventEmitter.

declare(strict_types=1);

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
        $index = array_search($listener, $this->listeners[$event] ?? [], true);
        if ($index !== false) {
            unset($this->listeners[$event][$index]);
        }
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }
}
