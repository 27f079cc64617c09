<?php

declare(strict_types=1);

namespace Garage;

/** The worker's service container: each service made once, on first use. */
final class Container
{
    /** @var array<string, object> */
    private array $made = [];

    /** @param array<string, \Closure(Container): object> $factories */
    public function __construct(private readonly array $factories, private readonly array $parameters)
    {
    }

    public function get(string $id): object
    {
        return $this->made[$id] ??= ($this->factories[$id])($this);
    }

    public function parameter(string $name): mixed
    {
        return $this->parameters[$name];
    }
}
