<?php

namespace Clinic;

/**
 * The application's service container: one factory per service id, and
 * each service made once, the first time it is asked for.
 */
final class Container
{
    /** @var array<string, object> */
    private array $instances = [];

    /**
     * @param array<string, \Closure(Container): object> $factories
     */
    public function __construct(private readonly array $factories)
    {
    }

    public function get(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}
