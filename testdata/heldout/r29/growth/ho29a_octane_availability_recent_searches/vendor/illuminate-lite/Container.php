<?php

namespace Illuminate\Lite;

use Closure;
use RuntimeException;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, Closure> */
    protected array $bindings = [];

    /** @var array<string, bool> */
    protected array $shared = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function singleton(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
        $this->shared[$abstract] = true;
    }

    public function bind(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
        $this->shared[$abstract] = false;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        if (!isset($this->bindings[$abstract])) {
            throw new RuntimeException("Target [$abstract] is not bound.");
        }
        $object = ($this->bindings[$abstract])($this);
        if ($this->shared[$abstract]) {
            $this->instances[$abstract] = $object;
        }
        return $object;
    }
}
