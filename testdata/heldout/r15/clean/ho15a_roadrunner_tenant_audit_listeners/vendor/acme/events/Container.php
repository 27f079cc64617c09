<?php

declare(strict_types=1);

namespace Acme\Events;

final class Container
{
    private array $instances = [];
    private array $factories = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function get(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}
