<?php
// Stand-in for the frankenphp extension's worker-mode entry point: runs the handler once per request with freshly filled superglobals.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $left = null, $server = null;
        $left ??= (int) (getenv('PHPLEAK_N') ?: 100);
        $server ??= $_SERVER;
        if ($left-- <= 0) {
            return false;
        }
        $_SERVER = ['REQUEST_URI' => '/r/' . $left, 'REQUEST_METHOD' => 'GET', 'REMOTE_ADDR' => '10.1.0.' . ($left % 250)] + $server;
        $_GET = ['q' => 'query ' . $left, 'page' => (string) ($left % 7)];
        $_POST = [];
        $_COOKIE = ['PHPSESSID' => md5((string) $left)];
        $handler();
        return true;
    }
}
