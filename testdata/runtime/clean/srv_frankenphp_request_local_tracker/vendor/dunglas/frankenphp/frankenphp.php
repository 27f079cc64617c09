<?php

/**
 * Stand-in for FrankenPHP's worker-mode function: it waits for a request, populates the
 * superglobals, calls the handler (its output goes to the client), resets the superglobals
 * and returns true; it returns false when the worker must stop (here after PHPLEAK_N requests).
 */
function frankenphp_handle_request(callable $callback): bool
{
    static $handled = 0;
    static $max = null;
    static $server = null;

    $max ??= (int) (getenv('PHPLEAK_N') ?: 100);
    if ($handled >= $max) {
        return false;
    }
    $i = $handled++;
    $server ??= $_SERVER;
    $_SERVER = array_merge($server, [
        'REQUEST_METHOD' => 'POST',
        'REQUEST_URI' => sprintf('/api/orders/%d?page=%d', 1000 + $i, $i % 7),
        'QUERY_STRING' => 'page=' . ($i % 7),
        'REMOTE_ADDR' => sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255),
        'HTTP_HOST' => 'shop.example.com',
        'HTTP_USER_AGENT' => 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0 client/' . $i,
        'HTTP_X_REQUEST_ID' => sprintf('req-%08x-%d', crc32('r' . $i), $i),
    ]);
    $_GET = ['page' => (string) ($i % 7)];
    $_POST = [
        'order_id' => (string) (1000 + $i),
        'customer' => "customer{$i}@example.org",
        'note' => str_repeat('leave at the back door; ', 24) . $i,
    ];
    $_COOKIE = ['PHPSESSID' => md5('session' . $i)];

    ob_start();
    try {
        $callback();
    } finally {
        ob_end_clean();
        $_GET = $_POST = $_COOKIE = [];
        $_SERVER = $server;
    }

    return true;
}
