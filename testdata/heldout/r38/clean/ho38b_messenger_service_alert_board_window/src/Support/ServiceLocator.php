<?php

declare(strict_types=1);

namespace App\Support;

/** Process-wide registry for the few services reached from static helpers. */
final class ServiceLocator
{
    /** @var array<class-string, object> */
    private static array $services = [];

    /** @var array<class-string, \Closure> */
    private static array $factories = [];

    public static function register(string $id, \Closure $factory): void
    {
        self::$factories[$id] = $factory;
    }

    public static function get(string $id): object
    {
        return self::$services[$id] ??= (self::$factories[$id])();
    }
}
