<?php

declare(strict_types=1);

namespace Illuminate\Support\Facades;

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $app = [];

    public static function setFacadeApplication(array $app): void
    {
        static::$app = $app;
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        return static::$app[static::getFacadeAccessor()];
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}

/**
 * @method static \Monolog\Logger pushProcessor(callable $callback)
 * @method static void info(string $message, array $context = [])
 * @method static void warning(string $message, array $context = [])
 */
final class Log extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'log';
    }
}
