<?php

namespace App\Support;

final class CurrentAgent
{
    private static ?array $agent = null;

    public static function set(array $agent): void
    {
        self::$agent = $agent;
    }

    public static function get(): ?array
    {
        return self::$agent;
    }

    public static function forget(): void
    {
        self::$agent = null;
    }
}
