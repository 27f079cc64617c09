<?php

namespace CloudPanel;

use Lite\EventDispatcher\EventDispatcher;

/**
 * Static service locator the control panel uses from handlers that are not
 * wired through the container (legacy code path, kept for the queue worker).
 */
final class Panel
{
    /** @var array<string, object> */
    private static array $services = [];

    public static function boot(array $services): void
    {
        self::$services = $services;
    }

    public static function get(string $id): object
    {
        return self::$services[$id] ?? throw new \RuntimeException("Service $id is not booted");
    }

    public static function events(): EventDispatcher
    {
        return self::get('events');
    }
}
