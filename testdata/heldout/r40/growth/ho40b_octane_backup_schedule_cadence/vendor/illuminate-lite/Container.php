<?php

namespace Illuminate\Container;

/**
 * Stand-in for Illuminate\Container\Container: bindings, shared instances
 * and the global instance that app() resolves through.
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

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? throw new \RuntimeException("Target [$abstract] is not bindable.");
        $object = ($binding['concrete'])($this);

        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }
}
