<?php

declare(strict_types=1);

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
        $this->bindings[$abstract] = function (Container $c) use ($abstract, $concrete) {
            return $this->instances[$abstract] ??= $concrete($c);
        };
    }

    public function instance(string $abstract, object $object): object
    {
        return $this->instances[$abstract] = $object;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        if (isset($this->bindings[$abstract])) {
            return ($this->bindings[$abstract])($this);
        }

        return new $abstract();
    }

    /** Method injection: resolves class-typed parameters from the container. */
    public function call(callable $callback, array $parameters = []): mixed
    {
        $reflector = is_array($callback)
            ? new \ReflectionMethod($callback[0], $callback[1])
            : new \ReflectionFunction(\Closure::fromCallable($callback));
        $args = [];
        foreach ($reflector->getParameters() as $param) {
            $name = $param->getName();
            if (array_key_exists($name, $parameters)) {
                $args[] = $parameters[$name];
                continue;
            }
            $type = $param->getType();
            $args[] = $type instanceof \ReflectionNamedType && !$type->isBuiltin()
                ? $this->make($type->getName())
                : $param->getDefaultValue();
        }

        return $callback(...$args);
    }
}
