<?php

// Stand-in for the FrankenPHP extension function driving a worker script.
function frankenphp_handle_request(callable $handler): bool
{
    static $served = 0;
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    if ($served >= $n) {
        return false;
    }
    $_GET = ['slug' => 'page-' . $served++];
    $handler();
    return true;
}
