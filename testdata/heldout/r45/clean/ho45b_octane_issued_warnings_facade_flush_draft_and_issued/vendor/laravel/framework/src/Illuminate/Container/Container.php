<?php

namespace Illuminate\Container;

use Closure;
use ReflectionClass;
use ReflectionNamedType;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure|string|null, shared: bool}> */
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

    public function bind(string $abstract, Closure|string|null $concrete = null, bool $shared = false): void
    {
        unset($this->instances[$abstract]);
        $this->bindings[$abstract] = ['concrete' => $concrete ?? $abstract, 'shared' => $shared];
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

    public function instance(string $abstract, object $instance): object
    {
        $this->instances[$abstract] = $instance;
        return $instance;
    }

    public function bound(string $abstract): bool
    {
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract, array $parameters = []): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? ['concrete' => $abstract, 'shared' => false];
        $concrete = $binding['concrete'];
        $object = $concrete instanceof Closure ? $concrete($this, $parameters) : $this->build($concrete, $parameters);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }

    public function build(string $concrete, array $parameters = []): object
    {
        $reflector = new ReflectionClass($concrete);
        $constructor = $reflector->getConstructor();
        if ($constructor === null) {
            return new $concrete();
        }
        $args = [];
        foreach ($constructor->getParameters() as $param) {
            $name = $param->getName();
            if (array_key_exists($name, $parameters)) {
                $args[] = $parameters[$name];
                continue;
            }
            $type = $param->getType();
            if ($type instanceof ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($param->isDefaultValueAvailable()) {
                $args[] = $param->getDefaultValue();
            } else {
                throw new \RuntimeException("Unresolvable dependency [\${$name}] in class {$concrete}");
            }
        }
        return $reflector->newInstanceArgs($args);
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

    public function call(callable|array $callback, array $parameters = []): mixed
    {
        if (is_array($callback) && is_string($callback[0])) {
            $callback[0] = $this->make($callback[0]);
        }
        $reflector = is_array($callback)
            ? new \ReflectionMethod($callback[0], $callback[1])
            : new \ReflectionFunction(\Closure::fromCallable($callback));
        $args = [];
        foreach ($reflector->getParameters() as $param) {
            $type = $param->getType();
            if (array_key_exists($param->getName(), $parameters)) {
                $args[] = $parameters[$param->getName()];
            } elseif ($type instanceof ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($param->isDefaultValueAvailable()) {
                $args[] = $param->getDefaultValue();
            }
        }
        return $callback(...$args);
    }
}
