<?php

declare(strict_types=1);

namespace App\Container;

/** Marker: the scope passes itself to the constructor of these services. */
interface ScopeAware
{
}

final class Container
{
    /** @var array<string, object> */
    private array $shared = [];
    /** @var array<string, class-string|\Closure> */
    private array $scoped = [];

    public function set(string $id, object $service): void
    {
        $this->shared[$id] = $service;
    }

    public function scoped(string $id, string|\Closure $concrete): void
    {
        $this->scoped[$id] = $concrete;
    }

    public function definition(string $id): string|\Closure|null
    {
        return $this->scoped[$id] ?? null;
    }

    public function get(string $id): object
    {
        return $this->shared[$id] ?? throw new \OutOfBoundsException("Service {$id} is not defined.");
    }

    public function beginScope(array $attributes): Scope
    {
        return new Scope($this, $attributes);
    }
}

final class LazyProxy
{
    private ?object $instance = null;

    public function __construct(
        private readonly \Closure $initializer, // leak
    ) {
    }

    public function __call(string $method, array $arguments): mixed
    {
        $this->instance ??= ($this->initializer)();

        return $this->instance->{$method}(...$arguments);
    }
}

final class Scope
{
    /** @var array<string, object> */
    private array $instances = [];

    public function __construct(private readonly Container $root, public readonly array $attributes)
    {
    }

    public function get(string $id): object
    {
        if (isset($this->instances[$id])) {
            return $this->instances[$id];
        }

        $definition = $this->root->definition($id);
        if ($definition === null) {
            return $this->root->get($id);
        }

        $instance = $definition instanceof \Closure ? $this->lazy($definition) : $this->build($definition);
        $this->instances[$id] = $instance; // leak

        return $instance;
    }

    public function dispose(): void
    {
        $this->instances = [];
    }

    /** @param class-string $class */
    private function build(string $class): object
    {
        return is_subclass_of($class, ScopeAware::class) ? new $class($this) : new $class();
    }

    private function lazy(\Closure $factory): LazyProxy
    {
        $initializer = \Closure::bind($factory, $this, self::class); // leak

        return new LazyProxy($initializer);
    }
}
