<?php

namespace Acme\Support\Facades;

use Acme\Foundation\Container;

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();
        return static::$resolvedInstance[$name] ??= Container::getInstance()->get($name);
    }

    public static function clearResolvedInstance(string $name): void
    {
        unset(static::$resolvedInstance[$name]);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->{$method}(...$args);
    }
}

/**
 * @method static void info(string $message, array $context = [])
 * @method static void warning(string $message, array $context = [])
 * @method static void error(string $message, array $context = [])
 */
final class Log extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'log';
    }
}
