<?php
// Stand-in for spiral/core's container: bind() runs its factory on every
// get(), bindSingleton() once.

namespace Spiral\Core;

final class Container
{
    private array $bindings = [];
    private array $singletons = [];
    private array $instances = [];

    public function bind(string $alias, \Closure $factory): void
    {
        $this->bindings[$alias] = $factory;
    }

    public function bindSingleton(string $alias, \Closure $factory): void
    {
        $this->singletons[$alias] = $factory;
    }

    public function get(string $alias): object
    {
        if (isset($this->singletons[$alias])) {
            return $this->instances[$alias] ??= ($this->singletons[$alias])($this);
        }
        return ($this->bindings[$alias])($this);
    }
}
