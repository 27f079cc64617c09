<?php

namespace FrankenPHP;

/**
 * Stand-in for the FrankenPHP SAPI: each call to frankenphp_handle_request()
 * blocks until the next request, sets the superglobals, runs the handler and
 * resets them afterwards.
 */
final class Runtime
{
    private static ?\Iterator $requests = null;

    public static function listen(\Iterator $requests): void
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

function frankenphp_handle_request(callable $handler): bool
{
    $request = Runtime::next();
    if ($request === null) {
        return false;
    }

    $_SERVER['REQUEST_METHOD'] = $request['method'];
    $_SERVER['REQUEST_URI'] = $request['uri'];
    $_SERVER['HTTP_X_DEVICE_ID'] = $request['device'];
    $_POST = $request['body'];

    ob_start();
    try {
        $handler();
    } finally {
        ob_end_clean();
        $_POST = [];
        unset($_SERVER['REQUEST_URI'], $_SERVER['HTTP_X_DEVICE_ID']);
    }

    return true;
}
