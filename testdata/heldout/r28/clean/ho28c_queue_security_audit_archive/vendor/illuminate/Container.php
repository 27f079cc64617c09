<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;
    protected array $factories = [];
    protected array $resolved = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->resolved[$id] ??= ($this->factories[$id])($this);
    }

    /** Calls $target->handle() injecting its type-hinted dependencies. */
    public function call(object $target, string $method): mixed
    {
        $args = [];
        foreach ((new \ReflectionMethod($target, $method))->getParameters() as $param) {
            $args[] = $this->make($param->getType()->getName());
        }

        return $target->{$method}(...$args);
    }
}
