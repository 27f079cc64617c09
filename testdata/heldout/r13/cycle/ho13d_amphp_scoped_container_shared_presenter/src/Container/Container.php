<?php

declare(strict_types=1);

namespace App\Container;

interface ContainerInterface
{
    public function get(string $id): object;

    public function has(string $id): bool;
}

final class Definition
{
    /** @param \Closure(ContainerInterface): object $factory */
    public function __construct(
        public readonly \Closure $factory,
        public readonly bool $shared,
    ) {
    }
}

/** Root container: holds definitions, built once at boot. */
final class Container
{
    /** @var array<string, Definition> */
    private array $definitions = [];

    /** One instance per request scope. */
    public function share(string $id, \Closure $factory): void
    {
        $this->definitions[$id] = new Definition($factory, true);
    }

    /** A new instance on every get(). */
    public function factory(string $id, \Closure $factory): void
    {
        $this->definitions[$id] = new Definition($factory, false);
    }

    public function definition(string $id): Definition
    {
        return $this->definitions[$id] ?? throw new \OutOfBoundsException("No service {$id}");
    }

    public function createScope(): Scope
    {
        return new Scope($this);
    }
}

/** Per-request container: shared services live as long as the request. */
final class Scope implements ContainerInterface
{
    /** @var array<string, object> */
    private array $instances = [];

    public function __construct(private readonly Container $root)
    {
    }

    public function set(string $id, object $service): void
    {
        $this->instances[$id] = $service;
    }

    public function has(string $id): bool
    {
        return isset($this->instances[$id]);
    }

    public function get(string $id): object
    {
        if (isset($this->instances[$id])) {
            return $this->instances[$id];
        }

        $definition = $this->root->definition($id);
        if ($definition->shared) {
            return $this->instances[$id] = ($definition->factory)($this); // leak
        }

        return ($definition->factory)($this);
    }
}
