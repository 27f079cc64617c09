<?php

namespace App\Events;

/** Process-wide bus for RFI lifecycle events (answered, overdue, closed). */
final class RfiEventBus
{
    /** @var array<string, list<\Closure>> */
    private array $listeners = [];

    /** @param array<string, list<\Closure>> $map */
    public function subscribeMany(array $map): void
    {
        $this->listeners = array_merge_recursive($this->listeners, $map);
    }

    public function emit(string $event, array $payload): int
    {
        $called = 0;
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
            $called++;
        }
        return $called;
    }
}
