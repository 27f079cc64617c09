<?php

/*
 * Stand-in for the frankenphp SAPI's worker-mode function: each call blocks
 * until the next request, fills the superglobals, runs the handler and resets
 * them. Requests come from a recorded capture.
 */

final class FrankenPhpCapture
{
    /** @var \Iterator<array{server: array, body: string}>|null */
    public static ?\Iterator $requests = null;
    public static string $body = '';
}

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        $requests = FrankenPhpCapture::$requests;
        if ($requests === null || !$requests->valid()) {
            return false;
        }
        $next = $requests->current();
        $requests->next();

        $saved = $_SERVER;
        $_SERVER = $next['server'] + $_SERVER;
        $_GET = $next['query'];
        FrankenPhpCapture::$body = $next['body'];
        try {
            $handler();
        } finally {
            $_SERVER = $saved;
            $_GET = [];
            FrankenPhpCapture::$body = '';
        }

        return true;
    }
}
