<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, \Closure> */
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
        $this->bindings[$abstract] = $concrete;
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
        if (isset($this->bindings[$abstract])) {
            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        return $this->build($abstract);
    }

    /** Calls $callback, resolving its class-typed parameters from the container. */
    public function call(callable $callback): mixed
    {
        $reflection = is_array($callback)
            ? new \ReflectionMethod($callback[0], $callback[1])
            : new \ReflectionFunction(\Closure::fromCallable($callback));
        $args = [];
        foreach ($reflection->getParameters() as $parameter) {
            $args[] = $this->make($parameter->getType()->getName());
        }

        return $callback(...$args);
    }

    private function build(string $class): object
    {
        $constructor = (new \ReflectionClass($class))->getConstructor();
        if ($constructor === null) {
            return new $class();
        }
        $args = [];
        foreach ($constructor->getParameters() as $parameter) {
            $args[] = $this->make($parameter->getType()->getName());
        }

        return new $class(...$args);
    }
}
