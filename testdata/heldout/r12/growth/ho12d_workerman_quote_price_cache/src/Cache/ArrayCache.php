<?php

declare(strict_types=1);

namespace App\Cache;

/**
 * Process-local cache (the "array" store): lives as long as the Workerman process.
 */
final class ArrayCache
{
    /** @var array<string, array{value: mixed, expires: ?int}> */
    private array $items = [];

    public function get(string $key, mixed $default = null): mixed
    {
        $item = $this->items[$key] ?? null;
        if ($item === null || ($item['expires'] !== null && $item['expires'] < time())) {
            return $default;
        }

        return $item['value'];
    }

    public function set(string $key, mixed $value, ?int $ttl = null): void
    {
        $this->items[$key] = ['value' => $value, 'expires' => $ttl === null ? null : time() + $ttl]; // leak
    }

    public function remember(string $key, int $ttl, \Closure $compute): mixed
    {
        $value = $this->get($key);
        if ($value === null) {
            $value = $compute();
            $this->set($key, $value, $ttl);
        }

        return $value;
    }
}
