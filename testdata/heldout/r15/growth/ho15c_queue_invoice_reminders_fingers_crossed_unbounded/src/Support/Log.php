<?php

declare(strict_types=1);

namespace App\Support;

use Monolog\Logger;

/** Facade: the worker's logger, resolved once at boot. */
final class Log
{
    private static ?Logger $logger = null;

    public static function swap(Logger $logger): void
    {
        self::$logger = $logger;
    }

    public static function __callStatic(string $method, array $arguments): mixed
    {
        return self::$logger->{$method}(...$arguments); // leak
    }
}
