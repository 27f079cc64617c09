<?php

namespace OctaneLite;

/**
 * Minimal stand-in for the framework container: singletons live for the
 * whole worker, exactly as they do under Octane.
 */
final class Container
{
    private static ?Container $instance = null;

    /** @var array<string, callable> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $resolved = [];

    /** @var array<string, mixed> */
    private array $config = [];

    public static function getInstance(): Container
    {
        return self::$instance ??= new Container();
    }

    public function singleton(string $abstract, callable $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (!isset($this->resolved[$abstract])) {
            $this->resolved[$abstract] = ($this->bindings[$abstract])($this);
        }

        return $this->resolved[$abstract];
    }

    public function loadConfig(string $name, array $values): void
    {
        foreach ($values as $key => $value) {
            $this->config[$name . '.' . $key] = $value;
        }
    }

    public function config(string $key, mixed $default = null): mixed
    {
        return $this->config[$key] ?? $default;
    }
}
