<?php

// Stand-in for FrankenPHP worker mode: each call serves one request with the
// handler, resetting the superglobals the way FrankenPHP does, and returns
// false once the worker has served its quota (PHPLEAK_N here).
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $n = $served++;
        $_GET = ['date' => date('Y-m-d', 1767225600 + 86400 * ($n % 60))];
        $_POST = [];
        $_SERVER['REQUEST_URI'] = '/pantries/'.(3 + $n % 5).'/roster';
        $_SERVER['REQUEST_TIME_FLOAT'] = microtime(true);
        $handler();

        return true;
    }
}
