<?php
// Stand-in for Laravel's container: bind() makes a new object per
// make(), singleton() one for the process; constructors are autowired.

namespace Illuminate\Container;

class Container
{
    private static ?Container $instance = null;
    /** @var array<string, bool> */
    private array $shared = [];
    /** @var array<string, object> */
    private array $instances = [];

    public static function getInstance(): static
    {
        return self::$instance ??= new static();
    }

    public function bind(string $abstract): void
    {
        $this->shared[$abstract] = false;
    }

    public function singleton(string $abstract): void
    {
        $this->shared[$abstract] = true;
    }

    public function instance(string $abstract, object $object): void
    {
        $this->instances[$abstract] = $object;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $ctor = (new \ReflectionClass($abstract))->getConstructor();
        $deps = [];
        foreach ($ctor?->getParameters() ?? [] as $p) {
            $deps[] = $this->make($p->getType()->getName());
        }
        $object = new $abstract(...$deps);
        if ($this->shared[$abstract] ?? false) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }
}
