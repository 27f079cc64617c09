<?php
namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;
    protected array $bindings = [];
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container = null): ?Container
    {
        return static::$instance = $container;
    }

    public function bind(string $abstract, \Closure|string|null $concrete = null, bool $shared = false): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete ?? $abstract, 'shared' => $shared];
    }

    public function singleton(string $abstract, \Closure|string|null $concrete = null): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function instance(string $abstract, mixed $instance): mixed
    {
        return $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? ['concrete' => $abstract, 'shared' => false];
        $concrete = $binding['concrete'];
        $object = $concrete instanceof \Closure ? $concrete($this) : $this->build($concrete);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }

    protected function build(string $class): object
    {
        $reflector = new \ReflectionClass($class);
        $ctor = $reflector->getConstructor();
        return $ctor === null ? new $class() : $reflector->newInstanceArgs($this->resolveParameters($ctor));
    }

    /** Calls a method, resolving its class-typed parameters from the container. */
    public function call(callable|array $callback, array $parameters = []): mixed
    {
        $reflector = is_array($callback)
            ? new \ReflectionMethod($callback[0], $callback[1])
            : new \ReflectionFunction(\Closure::fromCallable($callback));
        return $callback(...$this->resolveParameters($reflector, $parameters));
    }

    protected function resolveParameters(\ReflectionFunctionAbstract $fn, array $given = []): array
    {
        $args = [];
        foreach ($fn->getParameters() as $param) {
            $type = $param->getType();
            if (array_key_exists($param->getName(), $given)) {
                $args[] = $given[$param->getName()];
            } elseif ($type instanceof \ReflectionNamedType && !$type->isBuiltin()) {
                $args[] = $this->make($type->getName());
            } elseif ($param->isDefaultValueAvailable()) {
                $args[] = $param->getDefaultValue();
            } else {
                throw new \LogicException('Unresolvable parameter $' . $param->getName());
            }
        }
        return $args;
    }
}
