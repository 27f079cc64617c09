<?php

namespace Illuminate\Container;

use Closure;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];
    protected array $instances = [];
    protected array $scopedInstances = [];
    protected array $aliases = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): ?Container
    {
        return static::$instance = $container;
    }

    public function bind(string $abstract, ?Closure $concrete = null, bool $shared = false): void
    {
        $concrete ??= fn (Container $c) => $c->build($abstract);
        unset($this->instances[$abstract]);
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
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

    public function instance(string $abstract, mixed $instance): mixed
    {
        return $this->instances[$abstract] = $instance;
    }

    public function alias(string $abstract, string $alias): void
    {
        $this->aliases[$alias] = $abstract;
    }

    public function getAlias(string $abstract): string
    {
        return isset($this->aliases[$abstract]) ? $this->getAlias($this->aliases[$abstract]) : $abstract;
    }

    public function bound(string $abstract): bool
    {
        $abstract = $this->getAlias($abstract);
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract, array $parameters = []): mixed
    {
        $abstract = $this->getAlias($abstract);
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding ? ($binding['concrete'])($this, $parameters) : $this->build($abstract);
        if ($binding && $binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }

    public function build(string $class): object
    {
        $ref = new \ReflectionClass($class);
        $ctor = $ref->getConstructor();
        if ($ctor === null) {
            return new $class();
        }
        $args = [];
        foreach ($ctor->getParameters() as $param) {
            $type = $param->getType();
            if ($type instanceof \ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($param->isDefaultValueAvailable()) {
                $args[] = $param->getDefaultValue();
            }
        }
        return $ref->newInstanceArgs($args);
    }

    public function forgetInstance(string $abstract): void
    {
        unset($this->instances[$this->getAlias($abstract)]);
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scopedInstances as $scoped) {
            unset($this->instances[$scoped]);
        }
    }
}
