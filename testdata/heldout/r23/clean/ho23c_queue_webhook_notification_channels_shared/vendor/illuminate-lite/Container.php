<?php

declare(strict_types=1);

namespace Illuminate\Lite;

class Container
{
    /** @var array<string, \Closure(Container): object> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $instances = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        if (isset($this->instances[$id])) {
            return $this->instances[$id];
        }

        if (!isset($this->factories[$id])) {
            throw new \RuntimeException("Target [{$id}] is not bound.");
        }

        return $this->instances[$id] = ($this->factories[$id])($this);
    }

    public function config(string $key, mixed $default = null): mixed
    {
        $config = isset($this->factories['config']) ? $this->make('config') : new \ArrayObject();

        return $config[$key] ?? $default;
    }
}
