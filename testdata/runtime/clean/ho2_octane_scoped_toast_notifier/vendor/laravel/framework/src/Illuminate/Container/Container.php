<?php

namespace Illuminate\Container;

use ArrayAccess;
use Closure;

/**
 * Trimmed-down service container.
 */
class Container implements ArrayAccess
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var list<string> */
    protected array $scopedInstances = [];

    /** @var array<string, string> */
    protected array $aliases = [];

    /** @var array<string, list<Closure>> */
    protected array $resolvingCallbacks = [];

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
            $concrete = static fn (Container $c) => $c->build($concrete);
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
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]) || isset($this->aliases[$abstract]);
    }

    public function resolving(string $abstract, Closure $callback): void
    {
        $this->resolvingCallbacks[$abstract][] = $callback;
    }

    public function make(string $abstract, array $parameters = []): mixed
    {
        $abstract = $this->aliases[$abstract] ?? $abstract;

        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding ? ($binding['concrete'])($this, $parameters) : $this->build($abstract, $parameters);

        foreach ($this->resolvingCallbacks[$abstract] ?? [] as $callback) {
            $callback($object, $this);
        }

        if ($binding && $binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function build(string $concrete, array $parameters = []): object
    {
        $reflector = new \ReflectionClass($concrete);
        $constructor = $reflector->getConstructor();
        if (null === $constructor) {
            return new $concrete();
        }

        $args = [];
        foreach ($constructor->getParameters() as $parameter) {
            $name = $parameter->getName();
            if (\array_key_exists($name, $parameters)) {
                $args[] = $parameters[$name];
                continue;
            }
            $type = $parameter->getType();
            if ($type instanceof \ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($parameter->isDefaultValueAvailable()) {
                $args[] = $parameter->getDefaultValue();
            }
        }

        return $reflector->newInstanceArgs($args);
    }

    /**
     * Calls a method injecting its class-typed parameters from the container.
     */
    public function call(array $callback, array $parameters = []): mixed
    {
        $method = new \ReflectionMethod($callback[0], $callback[1]);
        $args = [];
        foreach ($method->getParameters() as $parameter) {
            $type = $parameter->getType();
            if (\array_key_exists($parameter->getName(), $parameters)) {
                $args[] = $parameters[$parameter->getName()];
            } elseif ($type instanceof \ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            }
        }

        return $method->invokeArgs($callback[0], $args);
    }

    public function forgetInstance(string $abstract): void
    {
        unset($this->instances[$abstract]);
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scopedInstances as $scoped) {
            unset($this->instances[$scoped]);
        }
    }

    public function flush(): void
    {
        $this->aliases = [];
        $this->bindings = [];
        $this->instances = [];
        $this->scopedInstances = [];
        $this->resolvingCallbacks = [];
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
