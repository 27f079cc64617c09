<?php

/*
 * Stand-in for the FrankenPHP extension's worker entry point: each call waits
 * for the next request, fills the superglobals, runs the handler, and returns
 * false once the worker should stop.
 */
final class FrankenPhpStub
{
    public static int $remaining = 0;
    public static int $served = 0;
}

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        if (FrankenPhpStub::$remaining <= 0) {
            return false;
        }
        FrankenPhpStub::$remaining--;
        $i = FrankenPhpStub::$served++;

        $paths = ['/dashboard', '/orders', '/orders/export', '/settings/team'];
        $_GET = ['page' => (string) ($i % 9 + 1)];
        $_COOKIE = ['PHPSESSID' => bin2hex(random_bytes(16))];
        $_SERVER = [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => $paths[$i % 4] . '?page=' . $_GET['page'],
            'HTTP_HOST' => 'admin.shop.localhost',
            'HTTP_ACCEPT' => 'text/html,application/xhtml+xml',
            'HTTP_USER_AGENT' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15',
            'HTTP_X_REQUEST_ID' => bin2hex(random_bytes(12)),
        ];

        $handler();

        $_GET = $_COOKIE = $_SERVER = [];

        return true;
    }
}
