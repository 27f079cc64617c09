<?php

namespace Illuminate\Container;

class Container implements \ArrayAccess
{
    protected array $bindings = [];
    protected array $instances = [];

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true];
    }

    public function bind(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => false];
    }

    public function instance(string $abstract, mixed $instance): void
    {
        $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): mixed
    {
        if (array_key_exists($abstract, $this->instances)) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? throw new \RuntimeException("Target [$abstract] is not bound.");
        $object = ($binding['concrete'])($this);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }

    public function offsetExists(mixed $key): bool { return isset($this->bindings[$key]) || isset($this->instances[$key]); }
    public function offsetGet(mixed $key): mixed { return $this->make($key); }
    public function offsetSet(mixed $key, mixed $value): void { $this->instance($key, $value); }
    public function offsetUnset(mixed $key): void { unset($this->bindings[$key], $this->instances[$key]); }
}
