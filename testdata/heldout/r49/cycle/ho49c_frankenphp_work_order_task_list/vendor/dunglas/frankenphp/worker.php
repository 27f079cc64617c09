<?php

/**
 * Stand-in for FrankenPHP's worker mode: frankenphp_handle_request() blocks
 * until Caddy hands the worker a request, runs the handler with fresh
 * superglobals, and returns false when the worker must exit.
 */
function frankenphp_handle_request(callable $handler): bool
{
    static $served = 0;
    static $feed = null;

    $feed ??= $GLOBALS['__frankenphp_feed'];
    if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
        return false;
    }

    [$_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $body] = $feed($served++);
    $_POST = json_decode($body, true);

    ob_start();
    try {
        $handler();
    } finally {
        ob_end_clean();
        $_POST = [];
    }

    return true;
}
