<?php

namespace Illuminate\Container;

use Closure;

/**
 * Minimal stand-in for Illuminate\Container\Container: singletons are
 * resolved once and kept for the whole life of the Octane worker.
 */
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true];
    }

    public function bind(string $abstract, Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => false];
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? null;
        if ($binding === null) {
            return new $abstract();
        }
        $object = ($binding['concrete'])($this);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }
}
