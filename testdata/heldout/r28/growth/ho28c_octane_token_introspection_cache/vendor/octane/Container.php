<?php

namespace Illuminate\Container;

/**
 * Minimal stand-in for the Laravel service container as it lives inside an
 * Octane worker: one instance for the worker's lifetime, singletons resolved
 * once and shared by every request.
 */
class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var array<string, mixed> */
    protected array $config = [];

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
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
    }

    public function setConfig(array $config): void
    {
        $this->config = $config;
    }

    public function config(string $key, mixed $default = null): mixed
    {
        return $this->config[$key] ?? $default;
    }
}
