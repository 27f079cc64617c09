<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, callable> */
    protected array $bindings = [];

    /** @var array<string, bool> */
    protected array $shared = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public static function getInstance(): ?static
    {
        return static::$instance;
    }

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function singleton(string $abstract, callable $factory): void
    {
        $this->bindings[$abstract] = $factory;
        $this->shared[$abstract] = true;
    }

    public function bind(string $abstract, callable $factory): void
    {
        $this->bindings[$abstract] = $factory;
        $this->shared[$abstract] = false;
    }

    public function instance(string $abstract, object $instance): void
    {
        $this->instances[$abstract] = $instance;
    }

    public function resolved(string $abstract): bool
    {
        return isset($this->instances[$abstract]);
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $factory = $this->bindings[$abstract] ?? null;
        $object = $factory !== null ? $factory($this) : new $abstract();
        if ($this->shared[$abstract] ?? false) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }
}
