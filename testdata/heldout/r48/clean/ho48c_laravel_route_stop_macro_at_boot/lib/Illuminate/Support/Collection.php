<?php

namespace Illuminate\Support;

use Illuminate\Support\Traits\Macroable;

class Collection implements \Countable, \IteratorAggregate
{
    use Macroable;

    public function __construct(protected array $items = [])
    {
    }

    public static function make(array $items = []): static
    {
        return new static($items);
    }

    public function map(callable $callback): static
    {
        return new static(array_map($callback, $this->items, array_keys($this->items)));
    }

    public function sortBy(callable $callback): static
    {
        $items = $this->items;
        uasort($items, fn ($a, $b) => $callback($a) <=> $callback($b));

        return new static($items);
    }

    public function values(): static
    {
        return new static(array_values($this->items));
    }

    public function all(): array
    {
        return $this->items;
    }

    public function count(): int
    {
        return count($this->items);
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }
}
