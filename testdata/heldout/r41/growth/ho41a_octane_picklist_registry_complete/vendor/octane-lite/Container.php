<?php

namespace OctaneLite;

class Container
{
    private static ?Container $instance = null;

    /** @var array<string, callable> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $resolved = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, callable $factory): void
    {
        $this->factories[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (!isset($this->resolved[$abstract])) {
            $this->resolved[$abstract] = ($this->factories[$abstract])($this);
        }

        return $this->resolved[$abstract];
    }
}
