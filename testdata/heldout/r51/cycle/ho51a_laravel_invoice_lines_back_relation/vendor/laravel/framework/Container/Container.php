<?php

namespace Illuminate\Container;

use Closure;
use ReflectionClass;
use ReflectionMethod;
use ReflectionNamedType;

class Container
{
    protected array $bindings = [];
    protected array $instances = [];

    public function singleton(string $abstract, ?Closure $concrete = null): void
    {
        $this->bindings[$abstract] = $concrete ?? static fn (Container $c) => $c->build($abstract);
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

    public function build(string $concrete): object
    {
        $constructor = (new ReflectionClass($concrete))->getConstructor();

        return $constructor === null ? new $concrete() : new $concrete(...$this->resolveParameters($constructor));
    }

    /** Call a method, injecting its class-typed parameters. */
    public function call(array $callback): mixed
    {
        [$object, $method] = $callback;

        return $object->$method(...$this->resolveParameters(new ReflectionMethod($object, $method)));
    }

    private function resolveParameters(\ReflectionFunctionAbstract $function): array
    {
        $args = [];
        foreach ($function->getParameters() as $parameter) {
            $type = $parameter->getType();
            if ($type instanceof ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($parameter->isDefaultValueAvailable()) {
                $args[] = $parameter->getDefaultValue();
            }
        }

        return $args;
    }
}
