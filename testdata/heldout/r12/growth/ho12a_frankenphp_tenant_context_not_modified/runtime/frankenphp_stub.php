<?php

declare(strict_types=1);

// Stand-in for the FrankenPHP SAPI function available in worker mode: it
// blocks until a request arrives, resets the superglobals for it and calls
// the handler. Here requests come from a scripted queue.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        $next = $GLOBALS['__frankenphp_requests']();
        if ($next === null) {
            return false;
        }
        $_SERVER = $next;
        $handler();

        return true;
    }
}
