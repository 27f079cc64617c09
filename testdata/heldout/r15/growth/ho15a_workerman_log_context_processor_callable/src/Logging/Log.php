<?php

declare(strict_types=1);

namespace App\Logging;

/**
 * Static accessor used throughout the application: Log::channel()->...
 */
final class Log
{
    /** @var array<string, Logger> */
    private static array $channels = [];

    public static function channel(string $name = 'app'): Logger
    {
        return self::$channels[$name] ??= new Logger($name);
    }
}
