<?php

declare(strict_types=1);

namespace WpCore\Hooks;

/**
 * Filter/action registry modelled on WP_Hook: callbacks grouped by hook
 * name and priority, keyed by a unique id derived from the callable.
 */
final class HookRegistry
{
    /** @var array<string, array<int, array<string, array{function: callable, accepted_args: int}>>> */
    private array $callbacks = [];

    /** @var array<string, bool> */
    private array $sorted = [];

    private array $currentFilter = [];

    public function addFilter(string $hook, callable $callback, int $priority = 10, int $acceptedArgs = 1): bool
    {
        $id = self::buildUniqueId($callback);
        $this->callbacks[$hook][$priority][$id] = [
            'function' => $callback,
            'accepted_args' => $acceptedArgs,
        ];
        unset($this->sorted[$hook]);

        return true;
    }

    public function addAction(string $hook, callable $callback, int $priority = 10, int $acceptedArgs = 1): bool
    {
        return $this->addFilter($hook, $callback, $priority, $acceptedArgs);
    }

    public function removeFilter(string $hook, callable $callback, int $priority = 10): bool
    {
        $id = self::buildUniqueId($callback);
        if (!isset($this->callbacks[$hook][$priority][$id])) {
            return false;
        }
        unset($this->callbacks[$hook][$priority][$id]);
        if ($this->callbacks[$hook][$priority] === []) {
            unset($this->callbacks[$hook][$priority]);
        }
        if ($this->callbacks[$hook] === []) {
            unset($this->callbacks[$hook]);
        }
        unset($this->sorted[$hook]);

        return true;
    }

    public function hasFilter(string $hook): bool
    {
        return !empty($this->callbacks[$hook]);
    }

    public function applyFilters(string $hook, mixed $value, mixed ...$args): mixed
    {
        if (empty($this->callbacks[$hook])) {
            return $value;
        }
        if (!isset($this->sorted[$hook])) {
            ksort($this->callbacks[$hook], SORT_NUMERIC);
            $this->sorted[$hook] = true;
        }

        $this->currentFilter[] = $hook;
        try {
            foreach ($this->callbacks[$hook] as $callbacks) {
                foreach ($callbacks as $entry) {
                    $passed = array_slice($args, 0, max(0, $entry['accepted_args'] - 1));
                    $value = ($entry['function'])($value, ...$passed);
                }
            }
        } finally {
            array_pop($this->currentFilter);
        }

        return $value;
    }

    public function currentFilter(): ?string
    {
        return $this->currentFilter === [] ? null : $this->currentFilter[array_key_last($this->currentFilter)];
    }

    private static function buildUniqueId(callable $callback): string
    {
        if (is_string($callback)) {
            return $callback;
        }
        if (is_object($callback)) {
            return spl_object_hash($callback);
        }
        [$target, $method] = $callback;

        return (is_object($target) ? spl_object_hash($target) : (string) $target) . '::' . $method;
    }
}
