<?php

namespace Illuminate\Lite;

class Container
{
    private static ?Container $instance = null;

    /** @var array<string, callable> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    /** @var array<string, mixed> */
    private array $config = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, callable $factory): void
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

    public function configure(array $values): void
    {
        $this->config = array_replace($this->config, $values);
    }

    public function config(string $key, mixed $default = null): mixed
    {
        return $this->config[$key] ?? $default;
    }
}
