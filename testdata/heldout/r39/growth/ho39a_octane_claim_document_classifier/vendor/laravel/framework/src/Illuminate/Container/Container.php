<?php

namespace Illuminate\Container;

use Closure;

class Container
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
        $concrete ??= static fn (Container $app, array $parameters = []) => new $abstract(...$parameters);
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

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract, array $parameters = []): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding !== null
            ? ($binding['concrete'])($this, $parameters)
            : new $abstract(...$parameters);

        if ($binding['shared'] ?? false) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scopedInstances as $scoped) {
            unset($this->instances[$scoped]);
        }
    }
}
