<?php

declare(strict_types=1);

namespace App\Foundation;

/*
 * A trimmed-down illuminate/container with Octane's scoped bindings.
 */

class Container implements \ArrayAccess
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: \Closure, shared: bool, scoped: bool}> */
    protected array $bindings = [];

    /** @var array<string, mixed> */
    protected array $instances = [];

    /** @var array<string, mixed> */
    protected array $scopedInstances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function bind(string $abstract, \Closure $concrete, bool $shared = false, bool $scoped = false): void
    {
        $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared, 'scoped' => $scoped];
    }

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function scoped(string $abstract, \Closure $concrete): void
    {
        $this->bind($abstract, $concrete, true, true);
    }

    public function instance(string $abstract, mixed $instance): mixed
    {
        $this->instances[$abstract] = $instance;

        return $instance;
    }

    /** @param array<string, mixed> $parameters */
    public function make(string $abstract, array $parameters = []): mixed
    {
        $key = $this->cacheKey($abstract, $parameters);

        if (\array_key_exists($key, $this->instances)) {
            return $this->instances[$key];
        }
        if (\array_key_exists($key, $this->scopedInstances)) {
            return $this->scopedInstances[$key];
        }

        $binding = $this->bindings[$abstract] ?? throw new \RuntimeException("Target [$abstract] is not bound.");
        $object = ($binding['concrete'])($this, $parameters);

        if ($binding['scoped']) {
            $this->scopedInstances[$key] = $object;
        } elseif ($binding['shared']) {
            $this->instances[$key] = $object;
        }

        return $object;
    }

    public function forgetScopedInstances(): void
    {
        $this->scopedInstances = [];
    }

    /** @param array<string, mixed> $parameters */
    protected function cacheKey(string $abstract, array $parameters): string
    {
        if ($parameters === []) {
            return $abstract;
        }

        $parts = [];
        foreach ($parameters as $name => $value) {
            $parts[] = $name . '=' . (\is_object($value) ? spl_object_hash($value) : var_export($value, true));
        }

        return $abstract . '(' . implode(',', $parts) . ')';
    }

    public function offsetExists(mixed $offset): bool
    {
        return isset($this->bindings[$offset]) || isset($this->instances[$offset]);
    }

    public function offsetGet(mixed $offset): mixed
    {
        return $this->make($offset);
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        $this->instance($offset, $value);
    }

    public function offsetUnset(mixed $offset): void
    {
        unset($this->bindings[$offset], $this->instances[$offset]);
    }
}

final class Dispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

/**
 * The App facade.
 */
final class App
{
    /** @param array<string, mixed> $parameters */
    public static function make(string $abstract, array $parameters = []): mixed
    {
        return Container::getInstance()->make($abstract, $parameters);
    }
}

abstract class ServiceProvider
{
    public function __construct(protected Container $app)
    {
    }

    abstract public function register(): void;
}
