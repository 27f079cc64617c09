<?php

declare(strict_types=1);

namespace Framework\Support\Facades;

use Framework\Container;

/**
 * Static proxy to a service resolved from the shared container.
 */
abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $accessor = static::getFacadeAccessor();

        return static::$resolvedInstance[$accessor] ??= Container::getInstance()->make($accessor);
    }

    public static function clearResolvedInstances(): void
    {
        static::$resolvedInstance = [];
    }

    /** @param list<mixed> $args */
    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
