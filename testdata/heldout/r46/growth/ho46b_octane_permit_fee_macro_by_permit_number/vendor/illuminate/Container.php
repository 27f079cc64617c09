<?php

namespace Illuminate\Foundation;

use Closure;

class Application
{
    protected array $bindings = [];
    protected array $instances = [];
    protected array $scopedInstances = [];
    protected array $scoped = [];

    public function singleton(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
    }

    public function scoped(string $abstract, Closure $factory): void
    {
        $this->scoped[$abstract] = true;
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
    }

    public function instance(string $abstract, mixed $instance): void
    {
        if (isset($this->scoped[$abstract])) {
            $this->scopedInstances[$abstract] = $instance;
            return;
        }
        $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->scopedInstances[$abstract])) {
            return $this->scopedInstances[$abstract];
        }
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? ['factory' => fn () => new $abstract(), 'shared' => false];
        $object = ($binding['factory'])($this);
        if ($binding['shared']) {
            $this->instance($abstract, $object);
        }
        return $object;
    }

    /** Octane calls this between requests: scoped instances are dropped, singletons stay. */
    public function forgetScopedInstances(): void
    {
        $this->scopedInstances = [];
    }
}
