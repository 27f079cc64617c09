<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var array<string, bool> */
    protected array $shared = [];

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = $concrete;
        $this->shared[$abstract] = true;
    }

    public function bind(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = $concrete;
        $this->shared[$abstract] = false;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $object = ($this->bindings[$abstract])($this);
        if ($this->shared[$abstract] ?? false) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }

    public function forgetScopedInstances(array $scoped): void
    {
        foreach ($scoped as $abstract) {
            unset($this->instances[$abstract]);
        }
    }
}
