<?php

namespace Illuminate\Container;

use Closure;

class Container implements \ArrayAccess
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object|array> */
    protected array $instances = [];

    /** @var list<string> */
    protected array $scopedInstances = [];

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
        unset($this->instances[$abstract]);
        $concrete ??= $abstract;
        if (!$concrete instanceof Closure) {
            $class = $concrete;
            $concrete = static fn (Container $c) => $c->build($class);
        }
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
    }

    public function singleton(string $abstract, Closure|string|null $concrete = null): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function scoped(string $abstract, Closure|string|null $concrete = null): void
    {
        $this->scopedInstances[] = $abstract;
        $this->singleton($abstract, $concrete);
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

    public function make(string $abstract): mixed
    {
        $abstract = $this->aliases[$abstract] ?? $abstract;
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding ? ($binding['concrete'])($this) : $this->build($abstract);
        if ($binding['shared'] ?? false) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function build(string $class): object
    {
        $ctor = (new \ReflectionClass($class))->getConstructor();
        $args = [];
        foreach ($ctor?->getParameters() ?? [] as $param) {
            $type = $param->getType();
            $args[] = $type instanceof \ReflectionNamedType && !$type->isBuiltin()
                ? $this->make($type->getName())
                : $param->getDefaultValue();
        }

        return new $class(...$args);
    }

    public function forgetInstance(string $abstract): void
    {
        unset($this->instances[$this->aliases[$abstract] ?? $abstract]);
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
