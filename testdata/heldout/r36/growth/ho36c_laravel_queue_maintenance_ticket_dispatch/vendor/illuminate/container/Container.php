<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;
    protected array $bindings = [];
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete ?? fn () => new $abstract(), 'shared' => true];
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? ['concrete' => fn () => new $abstract(), 'shared' => false];
        $object = ($binding['concrete'])($this);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }

    /** Calls $callback, resolving its class-typed parameters from the container. */
    public function call(callable $callback): mixed
    {
        $reflector = is_array($callback)
            ? new \ReflectionMethod($callback[0], $callback[1])
            : new \ReflectionFunction(\Closure::fromCallable($callback));
        $args = [];
        foreach ($reflector->getParameters() as $parameter) {
            $args[] = $this->make($parameter->getType()->getName());
        }
        return $callback(...$args);
    }
}
