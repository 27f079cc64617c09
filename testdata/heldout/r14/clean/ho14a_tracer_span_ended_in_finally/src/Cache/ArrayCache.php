<?php

declare(strict_types=1);

namespace App\Cache;

final class ArrayCache
{
    private array $items = [];

    public function get(string $key): ?array
    {
        return $this->items[$key] ?? null;
    }

    public function set(string $key, array $value): void
    {
        $this->items[$key] = $value;
    }
}
