<?php

namespace Illuminate\Container;

/**
 * Trimmed stand-in for Illuminate\Container\Container: bindings, shared
 * instances, forgetInstance(). Cloning copies the instances array, which is
 * how Octane's per-request sandbox keeps request-resolved singletons out of
 * the worker's base application.
 */
class Container
{
    /** @var array<string, array{concrete: \Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public function bind(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => false];
    }

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true];
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding !== null ? ($binding['concrete'])($this) : new $abstract();
        if ($binding !== null && $binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function resolved(string $abstract): bool
    {
        return isset($this->instances[$abstract]);
    }

    public function forgetInstance(string $abstract): void
    {
        unset($this->instances[$abstract]);
    }
}
