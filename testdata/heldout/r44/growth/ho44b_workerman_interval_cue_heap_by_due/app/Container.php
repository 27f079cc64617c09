<?php

declare(strict_types=1);

namespace App;

/**
 * Small service container: factories from config/services.php, shared
 * instances for the lifetime of the worker process.
 */
final class Container
{
    /** @var array<string, object> */
    private array $shared = [];

    /** @param array<string, \Closure(Container): object> $factories */
    public function __construct(private readonly array $factories, private readonly array $parameters)
    {
    }

    public function get(string $id): object
    {
        if (!isset($this->shared[$id])) {
            if (!isset($this->factories[$id])) {
                throw new \LogicException("Service {$id} is not defined");
            }
            $this->shared[$id] = ($this->factories[$id])($this);
        }

        return $this->shared[$id];
    }

    public function parameter(string $name): mixed
    {
        return $this->parameters[$name] ?? throw new \LogicException("Parameter {$name} is not defined");
    }
}
