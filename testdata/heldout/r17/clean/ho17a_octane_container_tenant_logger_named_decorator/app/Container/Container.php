<?php

declare(strict_types=1);

namespace App\Container;

final class Container
{
    private static ?self $instance = null;

    /** @var array<string, array{factory: \Closure, shared: bool, scoped: bool}> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    /** @var array<string, array<int|string, \Closure>> */
    private array $extenders = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true, 'scoped' => false];
    }

    public function scoped(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true, 'scoped' => true];
    }

    /**
     * Wraps every future resolution of $abstract with $decorator.
     */
    public function extend(string $abstract, \Closure $decorator): void
    {
        $this->extenders[$abstract][] = $decorator;
        unset($this->instances[$abstract]);
    }

    /**
     * Like extend(), but under a name: decorating twice with the same name
     * replaces the earlier decorator.
     */
    public function decorate(string $abstract, string $name, \Closure $decorator): void
    {
        $this->extenders[$abstract][$name] = $decorator;
        unset($this->instances[$abstract]);
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }

        $binding = $this->bindings[$abstract] ?? throw new \RuntimeException("Nothing bound for {$abstract}");
        $object = ($binding['factory'])($this);

        foreach ($this->extenders[$abstract] ?? [] as $decorator) {
            $object = $decorator($object, $this);
        }

        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->bindings as $abstract => $binding) {
            if ($binding['scoped']) {
                unset($this->instances[$abstract]);
            }
        }
    }
}
