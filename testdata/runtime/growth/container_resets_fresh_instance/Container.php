<?php

final class Container
{
    /** @var array<string, Closure> */
    private array $factories = [];
    /** @var array<string, object> */
    private array $shared = [];

    public function bind(string $id, Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function singleton(string $id, Closure $factory): void
    {
        $this->factories[$id] = $factory;
        $this->shared[$id] = null;
    }

    public function make(string $id): object
    {
        if (array_key_exists($id, $this->shared)) {
            return $this->shared[$id] ??= ($this->factories[$id])();
        }
        return ($this->factories[$id])();
    }
}
