<?php

/*
 * Stand-in for the FrankenPHP worker-mode SAPI function: each call blocks
 * until the next HTTP request, resets the superglobals for it, runs the
 * handler and returns false when the worker must stop.
 */

namespace FrankenPHP\Stub {
    final class RequestFeed
    {
        public static ?\Iterator $requests = null;
    }
}

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        function frankenphp_handle_request(callable $handler): bool
        {
            $feed = \FrankenPHP\Stub\RequestFeed::$requests;
            if ($feed === null || !$feed->valid()) {
                return false;
            }
            ['server' => $server, 'get' => $get] = $feed->current();
            $feed->next();
            $_SERVER = $server;
            $_GET = $get;
            $handler();

            return true;
        }
    }
}
