<?php

namespace Illuminate\Container;

class Container
{
    protected array $bindings = [];
    protected array $instances = [];

    public function singleton(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bindings[$abstract] = $concrete ?? fn (Container $c) => $c->build($abstract);
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

    public function build(string $class): object
    {
        $ctor = (new \ReflectionClass($class))->getConstructor();
        $args = [];
        foreach ($ctor?->getParameters() ?? [] as $param) {
            $args[] = $this->make($param->getType()->getName());
        }

        return new $class(...$args);
    }

    public function call(array $callback): mixed
    {
        [$object, $method] = $callback;
        $args = [];
        foreach ((new \ReflectionMethod($object, $method))->getParameters() as $param) {
            $args[] = $this->make($param->getType()->getName());
        }

        return $object->{$method}(...$args);
    }
}
