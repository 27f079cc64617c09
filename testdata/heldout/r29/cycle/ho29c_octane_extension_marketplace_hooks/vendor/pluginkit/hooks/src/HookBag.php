<?php

declare(strict_types=1);

namespace PluginKit\Hooks;

/**
 * Named hook points with prioritised listeners, as plugin SDKs ship them.
 */
final class HookBag
{
    /** @var array<string, array<int, list<callable>>> */
    private array $listeners = [];

    public function on(string $hook, callable $listener, int $priority = 10): static
    {
        $this->listeners[$hook][$priority][] = $listener; // leak

        return $this;
    }

    public function has(string $hook): bool
    {
        return !empty($this->listeners[$hook]);
    }

    /**
     * Passes $value through every listener of $hook, highest priority first.
     */
    public function filter(string $hook, mixed $value, mixed ...$context): mixed
    {
        $byPriority = $this->listeners[$hook] ?? [];
        krsort($byPriority);
        foreach ($byPriority as $listeners) {
            foreach ($listeners as $listener) {
                $value = $listener($value, ...$context);
            }
        }

        return $value;
    }
}
