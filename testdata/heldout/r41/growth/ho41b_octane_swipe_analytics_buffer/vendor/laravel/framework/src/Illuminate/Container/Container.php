<?php
declare(strict_types=1);

namespace Illuminate\Container;

/** Tiny stand-in for Illuminate\Container\Container: singletons, instances, make. */
class Container
{
    protected static ?Container $instance = null;
    protected array $bindings = [];
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
    }

    public function bind(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => false];
    }

    public function instance(string $abstract, mixed $instance): void
    {
        $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): mixed
    {
        if (array_key_exists($abstract, $this->instances)) {
            return $this->instances[$abstract];
        }
        if (isset($this->bindings[$abstract])) {
            $object = ($this->bindings[$abstract]['factory'])($this);
            if ($this->bindings[$abstract]['shared']) {
                $this->instances[$abstract] = $object;
            }
            return $object;
        }
        return new $abstract();
    }

    public function forgetInstance(string $abstract): void
    {
        unset($this->instances[$abstract]);
    }
}
