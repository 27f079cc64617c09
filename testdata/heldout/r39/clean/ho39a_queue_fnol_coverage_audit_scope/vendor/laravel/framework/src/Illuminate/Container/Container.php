<?php

namespace Illuminate\Container;

use Closure;
use ReflectionMethod;
use ReflectionNamedType;

class Container
{
    /** @var array<string, Closure> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public function singleton(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        if (isset($this->bindings[$abstract])) {
            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        return new $abstract();
    }

    /** Method injection, as Container::call() does for a job's handle(). */
    public function call(array $callback): mixed
    {
        [$object, $method] = $callback;
        $arguments = [];
        foreach ((new ReflectionMethod($object, $method))->getParameters() as $parameter) {
            $type = $parameter->getType();
            $arguments[] = $type instanceof ReflectionNamedType && !$type->isBuiltin()
                ? $this->make($type->getName())
                : $parameter->getDefaultValue();
        }

        return $object->$method(...$arguments);
    }
}
