<?php

/*
 * Stand-in for the FrankenPHP worker runtime outside the server: each call
 * to frankenphp_handle_request() populates the superglobals with the next
 * request, runs the handler, and resets them, as the real worker mode does.
 */

final class FrankenPhpStub
{
    public static ?\Iterator $requests = null;
}

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        $feed = FrankenPhpStub::$requests;
        if ($feed === null || !$feed->valid()) {
            return false;
        }
        [$_GET, $_SERVER] = [$feed->current()['get'], $feed->current()['server'] + ['REQUEST_METHOD' => 'GET']];
        $feed->next();

        ob_start();
        try {
            $handler();
        } finally {
            ob_end_clean();
            $_GET = [];
            $_SERVER = [];
        }

        return true;
    }
}
