<?php
// Stand-in for illuminate/container.

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var array<string, true> */
    protected array $shared = [];

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
        $this->bindings[$abstract] = $concrete;
        $this->shared[$abstract] = true;
    }

    public function bind(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = $concrete;
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $object = ($this->bindings[$abstract])($this);
        if (isset($this->shared[$abstract])) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }
}
