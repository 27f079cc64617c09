<?php

declare(strict_types=1);

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: \Closure, shared: bool}> */
    protected array $bindings = [];
    /** @var array<string, object> */
    protected array $instances = [];
    /** @var list<string> */
    protected array $scopedInstances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): ?Container
    {
        return static::$instance = $container;
    }

    public function bind(string $abstract, \Closure $concrete, bool $shared = false): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
    }

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function scoped(string $abstract, \Closure $concrete): void
    {
        $this->scopedInstances[] = $abstract;
        $this->singleton($abstract, $concrete);
    }

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? ['concrete' => fn (Container $c) => new $abstract(), 'shared' => false];
        $object = ($binding['concrete'])($this);
        if ($binding['shared']) {
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
