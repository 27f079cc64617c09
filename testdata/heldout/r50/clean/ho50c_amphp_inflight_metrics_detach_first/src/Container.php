<?php

namespace App;

final class Container
{
    /** @var array<string, \Closure(self): object> */
    private array $definitions = [];

    /** @var array<string, object> */
    private array $resolved = [];

    public function __construct(private array $config)
    {
    }

    public function config(string $file, string $key): mixed
    {
        return $this->config[$file][$key] ?? null;
    }

    public function singleton(string $id, \Closure $definition): void
    {
        $this->definitions[$id] = $definition;
    }

    public function get(string $id): object
    {
        return $this->resolved[$id] ??= ($this->definitions[$id])($this);
    }
}
