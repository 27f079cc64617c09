<?php

declare(strict_types=1);

namespace WidgetKit;

/** Action hooks scoped to one widget area. */
final class HookBag
{
    /** @var array<string, array<int, list<callable>>> */
    private array $hooks = [];

    public function on(string $hook, callable $callback, int $priority = 10): void
    {
        $this->hooks[$hook][$priority][] = $callback;
    }

    public function fire(string $hook, array $args = []): void
    {
        if (!isset($this->hooks[$hook])) {
            return;
        }
        ksort($this->hooks[$hook]);
        foreach ($this->hooks[$hook] as $callbacks) {
            foreach ($callbacks as $callback) {
                $callback(...$args);
            }
        }
    }

    public function reset(): void
    {
        $this->hooks = [];
    }
}
