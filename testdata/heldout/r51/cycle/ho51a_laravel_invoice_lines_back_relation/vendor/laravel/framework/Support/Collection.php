<?php

namespace Illuminate\Support;

class Collection
{
    public function __construct(protected array $items = [])
    {
    }

    public function implode(string $glue): string
    {
        return implode($glue, $this->items);
    }

    public function all(): array
    {
        return $this->items;
    }
}
