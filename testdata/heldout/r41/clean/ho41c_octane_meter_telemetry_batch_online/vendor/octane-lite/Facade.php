<?php

namespace OctaneLite;

abstract class Facade
{
    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        return Container::getInstance()->make(static::getFacadeAccessor());
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
