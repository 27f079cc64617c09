<?php

namespace Illuminate\Container;

/**
 * Minimal stand-in for Illuminate\Container\Container: bindings, shared
 * instances and a static accessor, as Octane keeps them for the worker's life.
 */
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: \Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true];
    }

    public function bind(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => false];
    }

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): mixed
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
