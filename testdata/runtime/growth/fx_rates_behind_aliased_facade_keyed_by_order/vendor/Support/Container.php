<?php

namespace Acme\Support;

final class Container
{
    private array $factories = [];
    private array $instances = [];
    private array $aliases = [];

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->factories[$abstract] = $factory;
    }

    public function alias(string $abstract, string $alias): void
    {
        $this->aliases[$alias] = $abstract;
    }

    public function make(string $name): object
    {
        $abstract = $this->aliases[$name] ?? $name;

        return $this->instances[$abstract] ??= ($this->factories[$abstract])($this);
    }
}
