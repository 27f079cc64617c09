<?php

namespace Illuminate\Database\Eloquent;

use ArrayIterator;
use Countable;
use IteratorAggregate;

class Collection implements Countable, IteratorAggregate
{
    public function __construct(protected array $items = [])
    {
    }

    public function push(mixed ...$values): static
    {
        foreach ($values as $value) {
            $this->items[] = $value;
        }

        return $this;
    }

    public function map(callable $callback): \Illuminate\Support\Collection
    {
        return new \Illuminate\Support\Collection(array_map($callback, $this->items));
    }

    public function sum(callable $callback): int|float
    {
        return array_sum(array_map($callback, $this->items));
    }

    public function all(): array
    {
        return $this->items;
    }

    public function count(): int
    {
        return count($this->items);
    }

    public function getIterator(): ArrayIterator
    {
        return new ArrayIterator($this->items);
    }
}
