<?php

namespace Framework;

/**
 * Tiny stand-in for Illuminate\Foundation\Application: singletons are built
 * once and live as long as the Octane worker does.
 */
final class Application
{
    /** @var array<string, \Closure> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $instances = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        if (!isset($this->instances[$id])) {
            $this->instances[$id] = ($this->factories[$id])($this);
        }

        return $this->instances[$id];
    }
}
