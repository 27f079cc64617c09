<?php

namespace Illuminate\Foundation;

class Application
{
    private static ?Application $instance = null;

    /** @var array<string, \Closure> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    private array $config = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
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

    public function loadConfig(string $name, array $values): void
    {
        $this->config[$name] = $values;
    }

    public function config(string $path, mixed $default = null): mixed
    {
        $node = $this->config;
        foreach (explode('.', $path) as $segment) {
            if (!is_array($node) || !array_key_exists($segment, $node)) {
                return $default;
            }
            $node = $node[$segment];
        }
        return $node;
    }
}

function env(string $key, mixed $default = null): mixed
{
    $value = getenv($key);
    if ($value === false) {
        return $default;
    }
    return is_numeric($value) ? (int) $value : $value;
}
