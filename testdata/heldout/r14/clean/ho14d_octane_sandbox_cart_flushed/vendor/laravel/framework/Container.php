<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    protected array $bindings = [];
    protected array $instances = [];
    protected array $resolved = [];
    protected array $aliases = [];

    public static function setInstance(?Container $container = null): ?Container
    {
        return static::$instance = $container;
    }

    public static function getInstance(): ?Container
    {
        return static::$instance;
    }

    public function singleton(string $abstract, \Closure|string|null $concrete = null): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete ?? $abstract, 'shared' => true];
    }

    public function bind(string $abstract, \Closure|string|null $concrete = null): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete ?? $abstract, 'shared' => false];
    }

    public function alias(string $abstract, string $alias): void
    {
        $this->aliases[$alias] = $abstract;
    }

    public function instance(string $abstract, mixed $instance): mixed
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
        $abstract = $this->aliases[$abstract] ?? $abstract;

        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? ['concrete' => $abstract, 'shared' => false];
        $concrete = $binding['concrete'];
        $object = $concrete instanceof \Closure ? $concrete($this) : $this->build($concrete);

        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        $this->resolved[$abstract] = true;

        return $object;
    }

    protected function build(string $concrete): object
    {
        $reflector = new \ReflectionClass($concrete);
        $constructor = $reflector->getConstructor();
        if ($constructor === null) {
            return new $concrete();
        }

        $args = [];
        foreach ($constructor->getParameters() as $parameter) {
            $type = $parameter->getType();
            $name = $type instanceof \ReflectionNamedType ? $type->getName() : null;
            if ($name !== null && is_a($this, $name)) {
                $args[] = $this;
            } elseif ($name !== null && !$type->isBuiltin()) {
                $args[] = $this->make($name);
            } else {
                $args[] = $parameter->getDefaultValue();
            }
        }

        return $reflector->newInstanceArgs($args);
    }

    public function flush(): void
    {
        $this->aliases = [];
        $this->resolved = [];
        $this->bindings = [];
        $this->instances = [];
    }
}
