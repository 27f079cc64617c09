<?php

declare(strict_types=1);

namespace Illuminate\Container;

class Container
{
    private static ?Container $instance = null;

    /** @var array<string, \Closure(Container): object> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
        unset($this->instances[$abstract]);
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ??= ($this->bindings[$abstract] ?? throw new \LogicException("Nothing bound for $abstract"))($this);
    }
}
