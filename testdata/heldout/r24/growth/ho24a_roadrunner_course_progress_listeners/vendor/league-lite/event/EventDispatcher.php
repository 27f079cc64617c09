<?php

declare(strict_types=1);

namespace League\Event;

final class EventDispatcher
{
    /** @var array<string, array<int, array{0: int, 1: \Closure}>> */
    private array $listeners = [];

    /** @var array<string, list<\Closure>> */
    private array $sorted = [];

    /**
     * Returns a listener id usable with forget().
     */
    public function listen(string $event, callable $listener, int $priority = 0): int
    {
        $closure = $listener instanceof \Closure ? $listener : \Closure::fromCallable($listener);
        $id = spl_object_id($closure);
        $this->listeners[$event][$id] = [$priority, $closure]; // leak
        unset($this->sorted[$event]);

        return $id;
    }

    public function forget(string $event, int $id): void
    {
        unset($this->listeners[$event][$id], $this->sorted[$event]);
        if (($this->listeners[$event] ?? null) === []) {
            unset($this->listeners[$event]);
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listenersFor($event::class) as $listener) {
            $listener($event);
        }

        return $event;
    }

    /** @return list<\Closure> */
    private function listenersFor(string $event): array
    {
        if (!isset($this->sorted[$event])) {
            $entries = $this->listeners[$event] ?? [];
            uasort($entries, static fn (array $a, array $b): int => $b[0] <=> $a[0]);
            $this->sorted[$event] = array_column($entries, 1);
        }

        return $this->sorted[$event];
    }
}
