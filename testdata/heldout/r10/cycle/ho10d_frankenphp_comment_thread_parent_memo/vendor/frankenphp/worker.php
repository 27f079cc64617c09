<?php

declare(strict_types=1);

/*
 * Stand-in for the FrankenPHP worker-mode SAPI: each call hands one request
 * to the handler, with the superglobals reset for that request.
 */

$GLOBALS['__frankenphp_pending'] = (int) (getenv('PHPLEAK_N') ?: 100);
$GLOBALS['__frankenphp_served'] = 0;

function frankenphp_handle_request(callable $handler): bool
{
    if ($GLOBALS['__frankenphp_served'] >= $GLOBALS['__frankenphp_pending']) {
        return false;
    }
    $i = $GLOBALS['__frankenphp_served']++;
    $_SERVER['REQUEST_METHOD'] = 'GET';
    $_SERVER['REQUEST_URI'] = '/posts/' . ($i % 60) . '/comments';
    $_GET = ['post' => (string) ($i % 60), 'page' => (string) (1 + $i % 3), 'rid' => (string) $i];
    try {
        $handler();
    } finally {
        $_GET = [];
    }

    return true;
}
