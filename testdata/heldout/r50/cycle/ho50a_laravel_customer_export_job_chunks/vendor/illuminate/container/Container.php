<?php

namespace Illuminate\Container;

class Container
{
    /** @var array<string, object> */
    protected array $instances = [];

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ?? new $abstract();
    }

    /** Calls [$object, $method], resolving its class-typed parameters. */
    public function call(array $callback): mixed
    {
        [$target, $method] = $callback;
        $args = [];
        foreach ((new \ReflectionMethod($target, $method))->getParameters() as $parameter) {
            $type = $parameter->getType();
            $args[] = $type instanceof \ReflectionNamedType && !$type->isBuiltin()
                ? $this->make($type->getName())
                : $parameter->getDefaultValue();
        }
        return $target->$method(...$args);
    }
}
