<?php

namespace Illuminate\Container;

/**
 * Minimal stand-in for Illuminate\Container\Container: shared bindings are
 * built once and live as long as the worker.
 */
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{factory: \Closure, shared: bool}> */
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

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
    }

    public function bind(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => false];
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract]
            ?? throw new \RuntimeException("Target [{$abstract}] is not bound.");
        $object = ($binding['factory'])($this);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }

    public function forgetScopedInstances(array $abstracts): void
    {
        foreach ($abstracts as $abstract) {
            unset($this->instances[$abstract]);
        }
    }
}
