<?php

namespace Illuminate\Support;

use Illuminate\Support\Traits\Macroable;

class Collection
{
    use Macroable;

    public function __construct(protected array $items = []) {}

    public function filter(callable $callback): static { return new static(array_values(array_filter($this->items, $callback))); }

    public function map(callable $callback): static { return new static(array_map($callback, $this->items)); }

    public function all(): array { return $this->items; }
}
