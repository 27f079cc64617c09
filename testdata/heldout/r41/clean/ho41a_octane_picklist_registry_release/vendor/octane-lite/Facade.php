<?php

namespace OctaneLite;

abstract class Facade
{
    protected static ?Container $app = null;

    public static function setFacadeApplication(Container $app): void
    {
        static::$app = $app;
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        return static::$app->make(static::getFacadeAccessor());
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
