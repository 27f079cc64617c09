<?php

// Stand-in for the FrankenPHP worker-mode SAPI function, used when the
// script runs outside FrankenPHP: requests come from a replay source.

final class FrankenPhpReplay
{
    private static ?\Iterator $requests = null;

    public static function feed(\Iterator $requests): void
    {
        self::$requests = $requests;
    }

    public static function next(): ?array
    {
        if (self::$requests === null || !self::$requests->valid()) {
            return null;
        }
        $request = self::$requests->current();
        self::$requests->next();
        return $request;
    }
}

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        $request = FrankenPhpReplay::next();
        if ($request === null) {
            return false;
        }
        $_SERVER = $request['server'];
        $_GET = $request['get'];
        $handler();
        $_GET = [];
        return true;
    }
}
