<?php

namespace Illuminate\Support\Facades;

/**
 * Stand-in for the Log facade: static calls forward to the logger instance
 * resolved once from the container and kept for the life of the worker.
 */
class Log
{
    protected static ?object $resolved = null;

    public static function swap(object $logger): void
    {
        static::$resolved = $logger;
    }

    public static function getFacadeRoot(): object
    {
        return static::$resolved;
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
