<?php

namespace App;

/**
 * Tiny service container: factories registered at boot, shared instances
 * created on first use and kept for the life of the worker.
 */
final class Container
{
    private static ?self $instance = null;

    /** @var array<string, \Closure(self): object> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $shared = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function set(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    /**
     * @template T of object
     * @param class-string<T> $id
     * @return T
     */
    public function get(string $id): object
    {
        return $this->shared[$id] ??= ($this->factories[$id])($this);
    }
}
