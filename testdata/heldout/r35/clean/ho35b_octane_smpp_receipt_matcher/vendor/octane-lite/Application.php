<?php

namespace OctaneLite;

/**
 * Minimal stand-in for the Laravel container as Octane keeps it: booted once
 * per worker, singletons live for the worker's whole life.
 */
class Application
{
    private array $bindings = [];
    private array $instances = [];
    private array $config = [];

    public function __construct(array $config)
    {
        $this->config = $config;
    }

    public function config(string $key, mixed $default = null): mixed
    {
        $node = $this->config;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($node) || !array_key_exists($segment, $node)) {
                return $default;
            }
            $node = $node[$segment];
        }
        return $node;
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
        if (!isset($this->bindings[$abstract])) {
            return $this->instances[$abstract] = new $abstract();
        }
        return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
    }
}
