<?php

namespace Acme\Octane;

/**
 * Minimal container with Laravel's binding semantics: singletons survive
 * for the life of the Octane worker, scoped instances are forgotten
 * between requests.
 */
final class Application
{
    private array $bindings = [];
    private array $instances = [];
    private array $scoped = [];

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function scoped(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
        $this->scoped[$abstract] = true;
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
    }

    public function forgetScopedInstances(): void
    {
        foreach (array_keys($this->scoped) as $abstract) {
            unset($this->instances[$abstract]);
        }
    }
}

final class Worker
{
    public function __construct(private Application $app, private \Closure $kernel)
    {
    }

    public function handle(array $request): array
    {
        try {
            return ($this->kernel)($this->app, $request);
        } finally {
            $this->app->forgetScopedInstances();
        }
    }
}
