<?php

declare(strict_types=1);

namespace Illuminate\Container;

use ArrayAccess;
use Closure;
use ReflectionClass;
use ReflectionMethod;
use ReflectionNamedType;

class Container implements ArrayAccess
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, mixed> */
    protected array $instances = [];

    /** @var array<string, string> */
    protected array $aliases = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container = null): ?Container
    {
        return static::$instance = $container;
    }

    public function bind(string $abstract, Closure|string|null $concrete = null, bool $shared = false): void
    {
        $concrete ??= $abstract;
        if (is_string($concrete)) {
            $class = $concrete;
            $concrete = static fn (Container $c) => $c->build($class);
        }
        unset($this->instances[$abstract]);
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
    }

    public function singleton(string $abstract, Closure|string|null $concrete = null): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function instance(string $abstract, mixed $instance): mixed
    {
        $this->instances[$abstract] = $instance;
        return $instance;
    }

    public function alias(string $abstract, string $alias): void
    {
        $this->aliases[$alias] = $abstract;
    }

    public function bound(string $abstract): bool
    {
        $abstract = $this->aliases[$abstract] ?? $abstract;
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract, array $parameters = []): mixed
    {
        $abstract = $this->aliases[$abstract] ?? $abstract;
        if (array_key_exists($abstract, $this->instances)) {
            return $this->instances[$abstract];
        }
        if (isset($this->bindings[$abstract])) {
            $object = ($this->bindings[$abstract]['concrete'])($this, $parameters);
            if ($this->bindings[$abstract]['shared']) {
                $this->instances[$abstract] = $object;
            }
            return $object;
        }
        return $this->build($abstract, $parameters);
    }

    public function build(string $concrete, array $parameters = []): object
    {
        $reflector = new ReflectionClass($concrete);
        $constructor = $reflector->getConstructor();
        if ($constructor === null) {
            return new $concrete();
        }
        return $reflector->newInstanceArgs($this->resolveArguments($constructor, $parameters));
    }

    public function call(callable|array $callback, array $parameters = []): mixed
    {
        if (is_array($callback)) {
            $method = new ReflectionMethod($callback[0], $callback[1]);
            return $method->invokeArgs(is_object($callback[0]) ? $callback[0] : null, $this->resolveArguments($method, $parameters));
        }
        return $callback(...$parameters);
    }

    private function resolveArguments(\ReflectionFunctionAbstract $function, array $parameters): array
    {
        $args = [];
        foreach ($function->getParameters() as $parameter) {
            $name = $parameter->getName();
            $type = $parameter->getType();
            if (array_key_exists($name, $parameters)) {
                $args[] = $parameters[$name];
            } elseif ($type instanceof ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($parameter->isDefaultValueAvailable()) {
                $args[] = $parameter->getDefaultValue();
            } else {
                throw new \RuntimeException("Unresolvable dependency [{$name}] in " . $function->getName());
            }
        }
        return $args;
    }

    public function offsetExists(mixed $key): bool
    {
        return $this->bound($key);
    }

    public function offsetGet(mixed $key): mixed
    {
        return $this->make($key);
    }

    public function offsetSet(mixed $key, mixed $value): void
    {
        $this->bind($key, $value instanceof Closure ? $value : static fn () => $value);
    }

    public function offsetUnset(mixed $key): void
    {
        unset($this->bindings[$key], $this->instances[$key]);
    }
}
