<?php
// The application event bus: listeners are kept in one array that callers extend with array_merge.

final class EventBus
{
    /** @var array<int|string, Closure> */
    private array $listeners = [];

    /** @param array<int|string, Closure> $listeners */
    public function addListeners(array $listeners): void
    {
        $this->listeners = array_merge($this->listeners, $listeners); // leak
    }

    public function dispatch(string $event, array $payload): int
    {
        $handled = 0;
        foreach ($this->listeners as $listener) {
            if ($listener($event, $payload) !== null) {
                $handled++;
            }
        }
        return $handled;
    }
}
