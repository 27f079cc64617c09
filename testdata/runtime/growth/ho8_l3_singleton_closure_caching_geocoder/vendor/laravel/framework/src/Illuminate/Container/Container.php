<?php

namespace Illuminate\Container;

use Closure;

class Container
{
    protected array $bindings = [];
    protected array $instances = [];
    protected array $scopedInstances = [];

    public function bind(string $abstract, Closure|string|null $concrete = null, bool $shared = false): void
    {
        $this->bindings[$abstract] = [$concrete ?? $abstract, $shared];
    }

    public function singleton(string $abstract, Closure|string|null $concrete = null): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function scoped(string $abstract, Closure|string|null $concrete = null): void
    {
        $this->scopedInstances[] = $abstract;
        $this->bind($abstract, $concrete, true);
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scopedInstances as $abstract) {
            unset($this->instances[$abstract]);
        }
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        [$concrete, $shared] = $this->bindings[$abstract] ?? [$abstract, false];
        $object = $concrete instanceof Closure ? $concrete($this) : $this->build($concrete);

        return $shared ? $this->instances[$abstract] = $object : $object;
    }

    protected function build(string $class): object
    {
        $params = (new \ReflectionClass($class))->getConstructor()?->getParameters() ?? [];

        return new $class(...array_map(fn ($p) => $this->make($p->getType()->getName()), $params));
    }
}
