<?php

namespace Octane\Stub;

/**
 * Minimal stand-in for the Laravel container as Octane keeps it: built once
 * per worker, singletons survive every request the worker serves.
 */
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

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
        if (!isset($this->instances[$abstract])) {
            $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        return $this->instances[$abstract];
    }

    public function forgetScopedInstances(): void
    {
        // Octane flushes scoped bindings between requests; singletons stay.
    }
}

abstract class Facade
{
    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        return Container::getInstance()->make(static::getFacadeAccessor());
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
