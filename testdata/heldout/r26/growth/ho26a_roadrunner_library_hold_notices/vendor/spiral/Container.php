<?php

namespace Spiral\Stub;

/**
 * Stand-in for the framework container: bind() registers a factory that
 * runs on every resolution, singleton() one whose result is kept.
 */
final class Container
{
    private static ?Container $instance = null;

    /** @var array<string, \Closure> */
    private array $factories = [];
    /** @var array<string, bool> */
    private array $shared = [];
    /** @var array<string, object> */
    private array $resolved = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function bind(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
        $this->shared[$id] = false;
    }

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
        $this->shared[$id] = true;
    }

    public function get(string $id): object
    {
        if (isset($this->resolved[$id])) {
            return $this->resolved[$id];
        }
        $object = ($this->factories[$id])($this);
        if ($this->shared[$id]) {
            $this->resolved[$id] = $object;
        }
        return $object;
    }
}
