<?php

namespace Illuminate\Container;

// Stand-in for Illuminate\Container\Container: singletons, instances and a tiny autowirer.
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: \Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, mixed> */
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container = null): ?Container
    {
        return static::$instance = $container;
    }

    public function singleton(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete ?? fn (Container $c) => $c->build($abstract), 'shared' => true];
    }

    public function bind(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete ?? fn (Container $c) => $c->build($abstract), 'shared' => false];
    }

    public function instance(string $abstract, mixed $instance): mixed
    {
        return $this->instances[$abstract] = $instance;
    }

    public function bound(string $abstract): bool
    {
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract): mixed
    {
        if (array_key_exists($abstract, $this->instances)) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding ? ($binding['concrete'])($this) : $this->build($abstract);
        if ($binding !== null && $binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function build(string $class): object
    {
        $reflector = new \ReflectionClass($class);
        $constructor = $reflector->getConstructor();
        if ($constructor === null) {
            return new $class();
        }
        $args = [];
        foreach ($constructor->getParameters() as $parameter) {
            $args[] = $this->make($parameter->getType()->getName());
        }

        return $reflector->newInstanceArgs($args);
    }
}
