<?php

declare(strict_types=1);

namespace App;

final class Container
{
    /** @var array<string, object> */
    private array $instances = [];

    /** @param array<string, callable(self): object> $factories */
    public function __construct(private array $factories)
    {
    }

    public function get(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}
