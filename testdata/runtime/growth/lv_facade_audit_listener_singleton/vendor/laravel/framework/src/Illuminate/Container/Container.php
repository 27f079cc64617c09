<?php

namespace Illuminate\Container;

use ArrayAccess;
use Closure;
use ReflectionClass;
use ReflectionFunction;
use ReflectionFunctionAbstract;
use ReflectionMethod;
use ReflectionNamedType;

class Container implements ArrayAccess
{
    protected static ?Container $instance = null;

    /** @var array<string, bool> */
    protected array $resolved = [];

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, mixed> */
    protected array $instances = [];

    /** @var list<string> */
    protected array $scopedInstances = [];

    /** @var array<string, string> */
    protected array $aliases = [];

    public static function getInstance(): static
    {
        if (is_null(static::$instance)) {
            static::$instance = new static;
        }
        return static::$instance;
    }

    public static function setInstance(?Container $container = null): ?Container
    {
        return static::$instance = $container;
    }

    public function bound(string $abstract): bool
    {
        $abstract = $this->getAlias($abstract);
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function bind(string $abstract, Closure|string|null $concrete = null, bool $shared = false): void
    {
        unset($this->instances[$abstract]);
        $concrete ??= $abstract;
        if (! $concrete instanceof Closure) {
            $concrete = $this->getClosure($abstract, $concrete);
        }
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
    }

    protected function getClosure(string $abstract, string $concrete): Closure
    {
        return static function (Container $container, array $parameters = []) use ($abstract, $concrete) {
            if ($abstract === $concrete) {
                return $container->build($concrete, $parameters);
            }
            return $container->make($concrete, $parameters);
        };
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
        unset($this->aliases[$abstract]);
        $this->instances[$abstract] = $instance;
        return $instance;
    }

    public function alias(string $abstract, string $alias): void
    {
        $this->aliases[$alias] = $abstract;
    }

    public function getAlias(string $abstract): string
    {
        return isset($this->aliases[$abstract]) ? $this->getAlias($this->aliases[$abstract]) : $abstract;
    }

    public function make(string $abstract, array $parameters = []): mixed
    {
        $abstract = $this->getAlias($abstract);
        if (isset($this->instances[$abstract]) && $parameters === []) {
            return $this->instances[$abstract];
        }
        $concrete = $this->bindings[$abstract]['concrete'] ?? null;
        $object = $concrete instanceof Closure ? $concrete($this, $parameters) : $this->build($abstract, $parameters);
        if (($this->bindings[$abstract]['shared'] ?? false) && $parameters === []) {
            $this->instances[$abstract] = $object;
        }
        $this->resolved[$abstract] = true;
        return $object;
    }

    public function build(string $concrete, array $parameters = []): object
    {
        $reflector = new ReflectionClass($concrete);
        if (! $reflector->isInstantiable()) {
            throw new BindingResolutionException("Target [$concrete] is not instantiable.");
        }
        $constructor = $reflector->getConstructor();
        if (is_null($constructor)) {
            return new $concrete;
        }
        return $reflector->newInstanceArgs($this->resolveDependencies($constructor, $parameters));
    }

    /**
     * Call the given Closure / [object, method] / "Class@method" and inject its dependencies.
     */
    public function call(callable|array|string $callback, array $parameters = []): mixed
    {
        if (is_string($callback) && str_contains($callback, '@')) {
            $callback = explode('@', $callback, 2);
        }
        if (is_array($callback) && is_string($callback[0])) {
            $callback[0] = $this->make($callback[0]);
        }
        $reflector = is_array($callback)
            ? new ReflectionMethod($callback[0], $callback[1])
            : new ReflectionFunction(Closure::fromCallable($callback));

        return $callback(...$this->resolveDependencies($reflector, $parameters));
    }

    protected function resolveDependencies(ReflectionFunctionAbstract $function, array $parameters): array
    {
        $dependencies = [];
        foreach ($function->getParameters() as $parameter) {
            $name = $parameter->getName();
            $type = $parameter->getType();
            if (array_key_exists($name, $parameters)) {
                $dependencies[] = $parameters[$name];
                continue;
            }
            if ($type instanceof ReflectionNamedType && ! $type->isBuiltin()) {
                $class = $type->getName();
                foreach ($parameters as $value) {
                    if ($value instanceof $class) {
                        $dependencies[] = $value;
                        continue 2;
                    }
                }
                $dependencies[] = $this->make($class);
                continue;
            }
            if ($parameter->isDefaultValueAvailable()) {
                $dependencies[] = $parameter->getDefaultValue();
                continue;
            }
            throw new BindingResolutionException("Unresolvable dependency [\$$name] in {$function->getName()}");
        }
        return $dependencies;
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
        unset($this->bindings[$key], $this->instances[$key], $this->resolved[$key]);
    }
}
