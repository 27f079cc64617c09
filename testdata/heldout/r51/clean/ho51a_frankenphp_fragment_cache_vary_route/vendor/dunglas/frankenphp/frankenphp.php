<?php

// Stand-in for the functions the FrankenPHP SAPI provides in worker mode.
// frankenphp_handle_request() blocks until the next request arrives, sets
// the superglobals for it, calls the handler and resets them afterwards;
// it returns false when the worker must exit.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        static $limit = null;
        $limit ??= (int) (getenv('PHPLEAK_N') ?: 100);

        if ($served >= $limit) {
            return false;
        }
        $n = ++$served;

        $paths = ['/shop/category/shoes', '/shop/category/bags', '/shop/product/' . (9000 + $n % 300), '/shop/search'];
        $path = $paths[$n % 4];
        $query = http_build_query(['q' => $n % 4 === 3 ? 'leather boots size ' . ($n % 12 + 36) : null, 'page' => $n % 7 + 1, 'utm_source' => 'newsletter', 'utm_campaign' => 'spring-' . $n]);
        $server = $_SERVER;
        $_SERVER['REQUEST_METHOD'] = 'GET';
        $_SERVER['REQUEST_URI'] = $path . '?' . $query;
        $_SERVER['QUERY_STRING'] = $query;
        $_SERVER['HTTP_ACCEPT_LANGUAGE'] = 'nl-NL,nl;q=0.9,en;q=0.8';
        parse_str($query, $_GET);

        try {
            $handler();
        } finally {
            $_SERVER = $server;
            $_GET = [];
        }

        return $served < $limit;
    }
}

if (!function_exists('frankenphp_finish_request')) {
    function frankenphp_finish_request(): bool
    {
        return true;
    }
}
