<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, mixed> */
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
        $this->bindings[$abstract] = $factory;
    }

    public function instance(string $abstract, mixed $instance): mixed
    {
        return $this->instances[$abstract] = $instance;
    }

    public function bound(string $abstract): bool
    {
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract): mixed
    {
        if (array_key_exists($abstract, $this->instances)) {
            return $this->instances[$abstract];
        }
        if (isset($this->bindings[$abstract])) {
            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        return new $abstract();
    }
}
