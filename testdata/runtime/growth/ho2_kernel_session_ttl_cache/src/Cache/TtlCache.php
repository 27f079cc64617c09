<?php

declare(strict_types=1);

namespace Lattice\Cache;

interface ClockInterface
{
    public function now(): int;
}

final class TickClock implements ClockInterface
{
    private int $now = 1700000000;

    public function now(): int
    {
        return $this->now;
    }

    public function advance(int $seconds): void
    {
        $this->now += $seconds;
    }
}

interface PrunableInterface
{
    public function prune(): int;
}

/**
 * Array-backed cache pool with per-item expiry.
 */
final class TtlCache implements PrunableInterface
{
    /** @var array<string, array{value: mixed, expires: int}> */
    private array $items = [];

    public function __construct(
        private readonly ClockInterface $clock,
        private readonly int $defaultTtl = 300,
        private readonly string $namespace = '',
    ) {}

    public function get(string $key, mixed $default = null): mixed
    {
        $k = $this->namespace . $key;
        if (!isset($this->items[$k])) {
            return $default;
        }
        if ($this->items[$k]['expires'] <= $this->clock->now()) {
            unset($this->items[$k]);
            return $default;
        }

        return $this->items[$k]['value'];
    }

    public function set(string $key, mixed $value, ?int $ttl = null): void
    {
        $this->items[$this->namespace . $key] = [ // leak
            'value' => $value,
            'expires' => $this->clock->now() + ($ttl ?? $this->defaultTtl),
        ];
    }

    public function delete(string $key): void
    {
        unset($this->items[$this->namespace . $key]);
    }

    public function prune(): int
    {
        $now = $this->clock->now();
        $pruned = 0;
        foreach ($this->items as $k => $item) {
            if ($item['expires'] <= $now) {
                unset($this->items[$k]);
                $pruned++;
            }
        }

        return $pruned;
    }
}
