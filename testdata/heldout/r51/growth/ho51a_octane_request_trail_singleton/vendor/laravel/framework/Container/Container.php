<?php

namespace Illuminate\Container;

use ArrayAccess;
use Closure;

class Container implements ArrayAccess
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var list<string> */
    protected array $scopedInstances = [];

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
        $concrete ??= static fn (Container $app) => $app->build($abstract);
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
        unset($this->instances[$abstract]);
    }

    public function singleton(string $abstract, ?Closure $concrete = null): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function scoped(string $abstract, ?Closure $concrete = null): void
    {
        $this->scopedInstances[] = $abstract;
        $this->singleton($abstract, $concrete);
    }

    public function instance(string $abstract, object $instance): object
    {
        $this->instances[$abstract] = $instance;

        return $instance;
    }

    public function bound(string $abstract): bool
    {
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding !== null ? ($binding['concrete'])($this) : $this->build($abstract);

        if ($binding !== null && $binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function build(string $concrete): object
    {
        $constructor = (new \ReflectionClass($concrete))->getConstructor();
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

        return new $concrete(...$args);
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scopedInstances as $scoped) {
            unset($this->instances[$scoped]);
        }
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
        unset($this->bindings[$key], $this->instances[$key]);
    }
}
