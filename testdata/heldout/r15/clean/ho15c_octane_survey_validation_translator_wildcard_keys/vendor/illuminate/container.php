<?php

declare(strict_types=1);

namespace Illuminate\Container;

class Container
{
    private static ?Container $instance = null;

    /** @var array<string, \Closure> */
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
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
    }
}

namespace Illuminate\Foundation;

use Illuminate\Container\Container;

function app(?string $abstract = null): object
{
    $container = Container::getInstance();

    return $abstract === null ? $container : $container->make($abstract);
}
