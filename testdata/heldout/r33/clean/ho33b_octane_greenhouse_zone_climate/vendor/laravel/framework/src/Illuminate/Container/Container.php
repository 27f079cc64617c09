<?php

namespace Illuminate\Container;

use Closure;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool, scoped: bool}> */
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

    public function bind(string $abstract, Closure $concrete, bool $shared = false): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared, 'scoped' => false];
    }

    public function singleton(string $abstract, Closure $concrete): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function scoped(string $abstract, Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true, 'scoped' => true];
        $this->scopedInstances[] = $abstract;
    }

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function bound(string $abstract): bool
    {
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding === null ? new $abstract() : ($binding['concrete'])($this);

        if ($binding !== null && $binding['shared']) {
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
