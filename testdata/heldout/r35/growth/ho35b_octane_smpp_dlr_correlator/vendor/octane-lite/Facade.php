<?php

namespace OctaneLite;

abstract class Facade
{
    protected static ?Application $app = null;
    protected static array $resolvedInstance = [];

    public static function setFacadeApplication(Application $app): void
    {
        static::$app = $app;
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();
        return static::$resolvedInstance[$name] ??= static::$app->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
