<?php

namespace FrankenPHP {

    /**
     * Stand-in for the FrankenPHP SAPI in worker mode: each call to
     * frankenphp_handle_request() blocks until a request arrives, fills the
     * superglobals for it and runs the handler.
     */
    final class Runtime
    {
        private static ?\Closure $source = null;
        private static int $served = 0;

        public static function listen(\Closure $source): void
        {
            self::$source = $source;
        }

        public static function next(): ?array
        {
            return self::$source === null ? null : (self::$source)(self::$served++);
        }
    }
}

namespace {

    if (!function_exists('frankenphp_handle_request')) {
        function frankenphp_handle_request(callable $handler): bool
        {
            $request = \FrankenPHP\Runtime::next();
            if ($request === null) {
                return false;
            }
            $_GET = $request['query'];
            $_SERVER['REQUEST_URI'] = $request['uri'];
            $_SERVER['REQUEST_TIME'] = $request['time'];
            $_SERVER['HTTP_X_CREW_BASE'] = $request['base'];
            try {
                $handler();
            } finally {
                $_GET = [];
            }
            return true;
        }
    }
}
