<?php

namespace Illuminate\Container;

use Closure;

class Container
{
    protected array $bindings = [];
    protected array $instances = [];

    public function singleton(string $abstract, Closure|string|null $concrete = null): void
    {
        $this->bindings[$abstract] = [$concrete ?? $abstract, true];
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
