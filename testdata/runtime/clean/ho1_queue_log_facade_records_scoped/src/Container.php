<?php

namespace Acme\Foundation;

use Closure;
use RuntimeException;

final class Container
{
    private static ?Container $instance = null;

    /** @var array<string, Closure> */
    private array $bindings = [];

    /** @var array<string, bool> */
    private array $shared = [];

    /** @var array<string, object> */
    private array $instances = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public static function setInstance(self $container): void
    {
        self::$instance = $container;
    }

    public function singleton(string $id, Closure $factory): void
    {
        $this->bindings[$id] = $factory;
        $this->shared[$id] = true;
    }

    public function bind(string $id, Closure $factory): void
    {
        $this->bindings[$id] = $factory;
        $this->shared[$id] = false;
    }

    public function has(string $id): bool
    {
        return isset($this->bindings[$id]) || isset($this->instances[$id]);
    }

    public function get(string $id): object
    {
        if (isset($this->instances[$id])) {
            return $this->instances[$id];
        }
        if (!isset($this->bindings[$id])) {
            throw new RuntimeException("Service [{$id}] is not bound.");
        }
        $object = ($this->bindings[$id])($this);
        if ($this->shared[$id]) {
            $this->instances[$id] = $object;
        }
        return $object;
    }

    public function forgetInstance(string $id): void
    {
        unset($this->instances[$id]);
    }
}
