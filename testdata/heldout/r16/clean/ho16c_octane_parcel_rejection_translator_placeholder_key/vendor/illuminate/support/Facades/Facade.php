<?php

declare(strict_types=1);

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

abstract class Facade
{
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();

        return static::$resolvedInstance[$name] ??= Container::getInstance()->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}

/** @method static string get(string $key, array $replace = [], ?string $locale = null) */
class Lang extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'translator';
    }
}
