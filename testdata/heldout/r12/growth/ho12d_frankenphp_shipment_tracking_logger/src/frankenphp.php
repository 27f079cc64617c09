<?php

declare(strict_types=1);

/*
 * Stand-in for the function the FrankenPHP SAPI provides in worker mode: it fills the
 * superglobals for the next request, runs the handler, and returns false when the worker must stop.
 */
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $handled = 0;
        if ($handled >= (int) (getenv('PHPLEAK_N') ?: 100)) {
            return false;
        }
        $handled++;

        $_GET = ['tracking' => sprintf('JD%018d', 14000000 + $handled)];
        $_SERVER['REMOTE_ADDR'] = '203.0.113.' . ($handled % 250);
        $_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
        $_SERVER['HTTP_REFERER'] = 'https://shop.example.test/account/orders/' . $handled;

        $handler();

        return true;
    }
}
