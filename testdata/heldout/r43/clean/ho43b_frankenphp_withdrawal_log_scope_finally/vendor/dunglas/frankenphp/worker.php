<?php

namespace FrankenPHP\Testing {
    /**
     * Stand-in for the Caddy side of FrankenPHP worker mode: each queued
     * request resets the superglobals and runs the handler once.
     */
    final class RequestFeed
    {
        private static ?\Iterator $requests = null;

        public static function use(\Iterator $requests): void
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
}

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        function frankenphp_handle_request(callable $handler): bool
        {
            $request = \FrankenPHP\Testing\RequestFeed::next();
            if ($request === null) {
                return false;
            }
            $_SERVER = $request['server'];
            $_POST = $request['post'];
            $_GET = [];
            ob_start();
            $handler();
            ob_end_clean();
            $_SERVER = $_POST = [];

            return true;
        }
    }
}
