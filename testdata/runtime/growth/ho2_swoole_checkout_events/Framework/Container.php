<?php

declare(strict_types=1);

namespace Framework;

/**
 * Tiny service container with a process-wide shared instance.
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

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
        unset($this->resolved[$id]);
    }

    public function has(string $id): bool
    {
        return isset($this->factories[$id]) || isset($this->resolved[$id]);
    }

    public function make(string $id): object
    {
        if (isset($this->resolved[$id])) {
            return $this->resolved[$id];
        }
        if (!isset($this->factories[$id])) {
            throw new \RuntimeException("Service [{$id}] is not bound.");
        }

        return $this->resolved[$id] = ($this->factories[$id])($this);
    }
}
