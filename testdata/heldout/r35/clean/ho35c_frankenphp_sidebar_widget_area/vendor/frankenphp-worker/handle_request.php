<?php

declare(strict_types=1);

// Stand-in for the FrankenPHP extension function: fills the superglobals
// with the next request and runs the handler.

if (!\function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $served++;
        $categories = ['travel', 'food', 'design', 'culture', 'uncategorized'];
        $_GET = ['p' => (string) (52000 + $served), 'cat' => $categories[$served % 5]];
        $_SERVER['REQUEST_URI'] = '/?p=' . $_GET['p'];
        $_SERVER['REQUEST_TIME_FLOAT'] = 1717000000.0 + $served;

        $handler();

        return true;
    }
}
