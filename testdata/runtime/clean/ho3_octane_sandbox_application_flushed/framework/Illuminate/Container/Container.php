<?php

declare(strict_types=1);

namespace Illuminate\Container;

use Closure;

/**
 * Reduced service container: bindings, shared instances and resolution.
 */
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var array<string, bool> */
    protected array $resolved = [];

    /** @var array<string, string> */
    protected array $aliases = [];

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
        unset($this->instances[$abstract]);
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
    }

    public function singleton(string $abstract, Closure $concrete): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function instance(string $abstract, object $instance): object
    {
        $this->instances[$abstract] = $instance;

        return $instance;
    }

    public function alias(string $abstract, string $alias): void
    {
        $this->aliases[$alias] = $abstract;
    }

    public function bound(string $abstract): bool
    {
        $abstract = $this->aliases[$abstract] ?? $abstract;

        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function make(string $abstract): mixed
    {
        $abstract = $this->aliases[$abstract] ?? $abstract;
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        if (!isset($this->bindings[$abstract])) {
            throw new \InvalidArgumentException("Target [{$abstract}] is not bound.");
        }
        $binding = $this->bindings[$abstract];
        $object = ($binding['concrete'])($this);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }
        $this->resolved[$abstract] = true;

        return $object;
    }

    public function flush(): void
    {
        $this->aliases = [];
        $this->resolved = [];
        $this->bindings = [];
        $this->instances = [];
    }
}
