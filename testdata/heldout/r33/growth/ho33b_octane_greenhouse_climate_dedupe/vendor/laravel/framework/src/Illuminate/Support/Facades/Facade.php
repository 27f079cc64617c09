<?php

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;
use RuntimeException;

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();

        if (isset(static::$resolvedInstance[$name])) {
            return static::$resolvedInstance[$name];
        }

        return static::$resolvedInstance[$name] = Container::getInstance()->make($name);
    }

    public static function clearResolvedInstance(string $name): void
    {
        unset(static::$resolvedInstance[$name]);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        $instance = static::getFacadeRoot();

        if (!method_exists($instance, $method)) {
            throw new RuntimeException(sprintf('Facade root %s has no method %s.', $instance::class, $method));
        }

        return $instance->$method(...$args);
    }
}
