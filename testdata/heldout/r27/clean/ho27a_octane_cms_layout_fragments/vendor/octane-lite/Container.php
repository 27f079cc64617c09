<?php

declare(strict_types=1);

namespace OctaneLite;

/**
 * Minimal service container: bindings resolved once for singletons, kept for
 * the life of the worker (Octane boots the application once per worker).
 */
class Container
{
    /** @var array<string, array{factory: \Closure, shared: bool}> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
    }

    public function bind(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => false];
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? throw new \RuntimeException("Unresolvable [$abstract]");
        $object = ($binding['factory'])($this);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function forgetScopedInstances(array $abstracts): void
    {
        foreach ($abstracts as $abstract) {
            unset($this->instances[$abstract]);
        }
    }
}
