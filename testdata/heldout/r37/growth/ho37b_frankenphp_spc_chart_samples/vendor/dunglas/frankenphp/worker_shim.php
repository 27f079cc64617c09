<?php

namespace FrankenPHP\Shim {
    /**
     * CLI stand-in for FrankenPHP worker mode: frankenphp_handle_request()
     * blocks until the next HTTP request, fills the superglobals and calls
     * the handler.
     */
    final class RequestFeed
    {
        /** @var callable(int): array{server: array, post: array} */
        private static $factory;
        private static int $remaining = 0;
        private static int $served = 0;

        public static function configure(callable $factory, int $requests): void
        {
            self::$factory = $factory;
            self::$remaining = $requests;
        }

        public static function next(): ?array
        {
            if (self::$remaining-- <= 0) {
                return null;
            }

            return (self::$factory)(self::$served++);
        }
    }
}

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        function frankenphp_handle_request(callable $handler): bool
        {
            $request = \FrankenPHP\Shim\RequestFeed::next();
            if ($request === null) {
                return false;
            }
            $_SERVER = $request['server'] + ['REQUEST_METHOD' => 'POST'];
            $_POST = $request['post'];
            $_GET = [];
            try {
                $handler();
            } finally {
                $_POST = [];
            }

            return true;
        }
    }
}
