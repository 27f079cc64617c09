<?php

namespace IlluminateLite;

use ReflectionMethod;
use ReflectionNamedType;

final class Container
{
    private static ?self $instance = null;
    private array $factories = [];
    private array $instances = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function singleton(string $id, callable $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }

    /** Calls $object->$method() resolving typed parameters from the container. */
    public function call(object $object, string $method): mixed
    {
        $args = [];
        foreach ((new ReflectionMethod($object, $method))->getParameters() as $parameter) {
            $type = $parameter->getType();
            $args[] = $type instanceof ReflectionNamedType ? $this->make($type->getName()) : null;
        }

        return $object->$method(...$args);
    }
}
