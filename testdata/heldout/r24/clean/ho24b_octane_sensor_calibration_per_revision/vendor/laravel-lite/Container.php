<?php

declare(strict_types=1);

namespace Illuminate\Container;

class Container
{
    private static ?Container $instance = null;

    /** @var array<string, array{concrete: \Closure, shared: bool, scoped: bool}> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    /** @var list<string> */
    private array $scopedInstances = [];

    public static function getInstance(): static
    {
        return self::$instance ??= new static();
    }

    public static function setInstance(?Container $container): ?Container
    {
        return self::$instance = $container;
    }

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true, 'scoped' => false];
    }

    public function scoped(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true, 'scoped' => true];
        $this->scopedInstances[] = $abstract;
    }

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? throw new \RuntimeException("Target [$abstract] is not bound.");
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
