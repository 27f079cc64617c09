<?php

namespace App;

final class ServiceContainer
{
    /** @var array<string, \Closure(self): mixed> */
    private array $definitions = [];

    /** @var array<string, mixed> */
    private array $services = [];

    public function __construct(private array $parameters = [])
    {
    }

    public function parameter(string $name): mixed
    {
        return $this->parameters[$name];
    }

    public function set(string $id, \Closure $definition): void
    {
        $this->definitions[$id] = $definition;
    }

    public function get(string $id): mixed
    {
        if (!array_key_exists($id, $this->services)) {
            $this->services[$id] = ($this->definitions[$id])($this);
        }

        return $this->services[$id];
    }
}
