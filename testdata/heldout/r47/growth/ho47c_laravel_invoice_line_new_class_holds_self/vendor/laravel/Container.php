<?php

namespace Illuminate\Container;

/**
 * Minimal stand-in for Illuminate\Container\Container: singletons, bindings
 * and method injection by parameter class name.
 */
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, bool> */
    protected array $shared = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bindings[$abstract] = $concrete ?? fn (Container $c) => $c->build($abstract);
        $this->shared[$abstract] = true;
    }

    public function bind(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bindings[$abstract] = $concrete ?? fn (Container $c) => $c->build($abstract);
        $this->shared[$abstract] = false;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $object = isset($this->bindings[$abstract])
            ? ($this->bindings[$abstract])($this)
            : $this->build($abstract);
        if ($this->shared[$abstract] ?? false) {
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
        return $ref->newInstanceArgs($this->resolveParameters($ctor));
    }

    public function call(object $target, string $method, array $given = []): mixed
    {
        $ref = new \ReflectionMethod($target, $method);
        return $target->$method(...$this->resolveParameters($ref, $given));
    }

    private function resolveParameters(\ReflectionFunctionAbstract $fn, array $given = []): array
    {
        $args = [];
        foreach ($fn->getParameters() as $p) {
            $type = $p->getType();
            if (array_key_exists($p->getName(), $given)) {
                $args[] = $given[$p->getName()];
            } elseif ($type instanceof \ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($p->isDefaultValueAvailable()) {
                $args[] = $p->getDefaultValue();
            }
        }
        return $args;
    }
}
