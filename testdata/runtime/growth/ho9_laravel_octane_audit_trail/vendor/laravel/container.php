<?php
namespace Illuminate\Container;

class Container
{
    protected array $bindings = [];
    protected array $instances = [];
    protected array $scopedInstances = [];

    public function singleton(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bindings[$abstract] = $concrete ?? fn (Container $c) => $c->build($abstract);
    }

    public function scoped(string $abstract, ?\Closure $concrete = null): void
    {
        $this->scopedInstances[] = $abstract;
        $this->singleton($abstract, $concrete);
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        if (isset($this->bindings[$abstract])) {
            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }
        return $this->build($abstract);
    }

    public function build(string $concrete): object
    {
        $ctor = (new \ReflectionClass($concrete))->getConstructor();
        $args = [];
        foreach ($ctor?->getParameters() ?? [] as $param) {
            $args[] = $this->make($param->getType()->getName());
        }
        return new $concrete(...$args);
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scopedInstances as $scoped) {
            unset($this->instances[$scoped]);
        }
    }
}
