<?php

declare(strict_types=1);

namespace Illuminate\Container;

class Container
{
    /** @var array<string, array{0: \Closure, 1: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var list<string> */
    protected array $scoped = [];

    public function bind(string $abstract, \Closure $factory, bool $shared = false): void
    {
        $this->bindings[$abstract] = [$factory, $shared];
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bind($abstract, $factory, true);
    }

    public function scoped(string $abstract, \Closure $factory): void
    {
        $this->scoped[] = $abstract;
        $this->singleton($abstract, $factory);
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
        [$factory, $shared] = $this->bindings[$abstract] ?? throw new \LogicException("Target [{$abstract}] is not instantiable.");
        $object = $factory($this);
        if ($shared) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scoped as $abstract) {
            unset($this->instances[$abstract]);
        }
    }

    public function forgetInstance(string $abstract): void
    {
        unset($this->instances[$abstract]);
    }
}
