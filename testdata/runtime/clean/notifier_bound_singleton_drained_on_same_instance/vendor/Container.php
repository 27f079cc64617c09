<?php

namespace Stub;

/** A service container (library code): bind() makes a new object per lookup, singleton() one for the process. */
final class Container
{
    /** @var array<string, array{0: \Closure, 1: bool}> */
    private array $factories = [];
    /** @var array<string, object> */
    private array $shared = [];

    public function bind(string $id, \Closure $factory): void
    {
        $this->factories[$id] = [$factory, false];
    }

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = [$factory, true];
    }

    public function get(string $id): object
    {
        if (isset($this->shared[$id])) {
            return $this->shared[$id];
        }
        [$factory, $shared] = $this->factories[$id];
        $object = $factory($this);
        if ($shared) {
            $this->shared[$id] = $object;
        }

        return $object;
    }
}
