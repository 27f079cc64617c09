<?php

namespace OctaneLite;

/**
 * Minimal stand-in for Illuminate\Container\Container: bindings resolved once
 * at boot live for the whole life of the worker.
 */
class Container
{
    private static ?Container $instance = null;

    /** @var array<string, \Closure> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $resolved = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->factories[$abstract] = $factory;
        unset($this->resolved[$abstract]);
    }

    public function make(string $abstract): object
    {
        if (!isset($this->resolved[$abstract])) {
            $this->resolved[$abstract] = ($this->factories[$abstract])($this);
        }

        return $this->resolved[$abstract];
    }
}
