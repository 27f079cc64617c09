<?php

declare(strict_types=1);

namespace Illuminate\Container;

/** Trimmed stand-in for Illuminate\Container\Container. */
class Container
{
    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    /** @var array<string, mixed> */
    protected array $config = [];

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function instance(string $abstract, object $instance): void
    {
        $this->instances[$abstract] = $instance;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        if (!isset($this->bindings[$abstract])) {
            throw new \RuntimeException("Target [$abstract] is not bindable.");
        }

        return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
    }

    public function setConfig(array $config): void
    {
        $this->config = $config;
    }

    public function config(string $key, mixed $default = null): mixed
    {
        $value = $this->config;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }
}
