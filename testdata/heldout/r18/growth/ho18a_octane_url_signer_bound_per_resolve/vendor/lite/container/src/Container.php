<?php

declare(strict_types=1);

namespace Lite\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: \Closure, shared: bool}> */
    protected array $bindings = [];
    /** @var array<string, object> */
    protected array $instances = [];
    /** @var array<string, list<\Closure>> */
    protected array $reboundCallbacks = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function bind(string $abstract, \Closure $concrete, bool $shared = false): void
    {
        unset($this->instances[$abstract]);
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
    }

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function bound(string $abstract): bool
    {
        return isset($this->bindings[$abstract]) || isset($this->instances[$abstract]);
    }

    public function instance(string $abstract, object $instance): object
    {
        $isBound = $this->bound($abstract);
        $this->instances[$abstract] = $instance;

        if ($isBound) {
            $this->rebound($abstract);
        }

        return $instance;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? throw new \LogicException("Target [{$abstract}] is not bound.");
        $object = ($binding['concrete'])($this);

        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function rebinding(string $abstract, \Closure $callback): ?object
    {
        $this->reboundCallbacks[$abstract][] = $callback; // leak

        return $this->bound($abstract) ? $this->make($abstract) : null;
    }

    protected function rebound(string $abstract): void
    {
        $instance = $this->make($abstract);

        foreach ($this->reboundCallbacks[$abstract] ?? [] as $callback) {
            $callback($this, $instance);
        }
    }
}
