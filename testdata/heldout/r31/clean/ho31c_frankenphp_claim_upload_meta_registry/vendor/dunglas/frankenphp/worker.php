<?php

/*
 * Stand-in for the FrankenPHP worker-mode SAPI function. The real server
 * resets the superglobals and calls the handler once per HTTP request; here
 * requests are replayed from a generator registered by the test harness.
 */

function frankenphp_replay_from(Closure $traffic): void
{
    $GLOBALS['__frankenphp_replay'] = $traffic;
}

function frankenphp_handle_request(callable $handler): bool
{
    static $served = 0;
    if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
        return false;
    }

    [$_SERVER['REQUEST_URI'], $_POST, $_FILES] = ($GLOBALS['__frankenphp_replay'])($served++);
    $_SERVER['REQUEST_METHOD'] = 'POST';
    $_SERVER['REQUEST_TIME'] = time();

    try {
        $handler();
    } finally {
        $_POST = $_FILES = [];
    }

    return true;
}
