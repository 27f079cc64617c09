<?php

declare(strict_types=1);

/*
 * Local stand-in for FrankenPHP's worker mode: each call fills the
 * superglobals with the next request and runs the handler, until the feed
 * is exhausted (the real server does the same with live connections).
 */

if (!function_exists('frankenphp_handle_request')) {
    /** @var null|\Iterator<array{server: array<string, string>, get: array<string, string>}> */
    $GLOBALS['__frankenphp_feed'] = null;

    function frankenphp_shim_feed(\Iterator $requests): void
    {
        $GLOBALS['__frankenphp_feed'] = $requests;
        $requests->rewind();
    }

    function frankenphp_handle_request(callable $handler): bool
    {
        $feed = $GLOBALS['__frankenphp_feed'];
        if ($feed === null || !$feed->valid()) {
            return false;
        }

        $request = $feed->current();
        $feed->next();

        $baseServer = $_SERVER;
        $_SERVER = array_merge($_SERVER, $request['server']);
        $_GET = $request['get'];
        try {
            ob_start();
            $handler();
            ob_end_clean();
        } finally {
            $_SERVER = $baseServer;
            $_GET = [];
        }

        return true;
    }
}
