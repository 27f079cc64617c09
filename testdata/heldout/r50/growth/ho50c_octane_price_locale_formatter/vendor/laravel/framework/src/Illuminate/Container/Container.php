<?php

namespace Illuminate\Container;

use Closure;

class Container implements \ArrayAccess
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
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

    public function bind(string $abstract, ?Closure $concrete = null, bool $shared = false): void
    {
        $concrete ??= fn (Container $app) => $app->build($abstract);
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
    }

    public function singleton(string $abstract, ?Closure $concrete = null): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
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

    public function resolved(string $abstract): bool
    {
        return isset($this->instances[$this->aliases[$abstract] ?? $abstract]);
    }

    public function make(string $abstract, array $parameters = []): mixed
    {
        $abstract = $this->aliases[$abstract] ?? $abstract;

        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding ? ($binding['concrete'])($this, $parameters) : $this->build($abstract);

        if ($binding['shared'] ?? false) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function build(string $concrete): object
    {
        $reflector = new \ReflectionClass($concrete);
        $constructor = $reflector->getConstructor();
        if ($constructor === null) {
            return new $concrete();
        }

        $args = [];
        foreach ($constructor->getParameters() as $parameter) {
            $type = $parameter->getType();
            if ($type instanceof \ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($parameter->isDefaultValueAvailable()) {
                $args[] = $parameter->getDefaultValue();
            }
        }

        return $reflector->newInstanceArgs($args);
    }

    public function forgetInstance(string $abstract): void
    {
        unset($this->instances[$abstract]);
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
        $this->instance($key, $value);
    }

    public function offsetUnset(mixed $key): void
    {
        $this->forgetInstance($key);
    }
}
