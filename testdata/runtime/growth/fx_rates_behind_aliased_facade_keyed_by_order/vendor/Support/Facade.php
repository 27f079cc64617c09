<?php

namespace Acme\Support;

abstract class Facade
{
    protected static ?Container $app = null;
    protected static array $resolved = [];

    public static function setFacadeApplication(Container $app): void
    {
        static::$app = $app;
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        $name = static::getFacadeAccessor();
        $root = static::$resolved[$name] ??= static::$app->make($name);

        return $root->$method(...$args);
    }
}
