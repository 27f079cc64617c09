<?php

declare(strict_types=1);

namespace Citymap;

/** Minimal service container: every service is shared for the life of the worker. */
final class Container
{
    private array $instances = [];

    /** @param array<string, \Closure(self): object> $factories */
    public function __construct(private readonly array $factories)
    {
    }

    public function get(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}
