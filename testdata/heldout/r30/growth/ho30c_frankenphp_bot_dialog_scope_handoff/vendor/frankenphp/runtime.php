<?php

/*
 * Stand-in for FrankenPHP worker mode: frankenphp_handle_request() blocks
 * until the next request, fills the superglobals, runs the handler and
 * returns false when the worker should stop.
 */

function frankenphp_feed(?Closure $feed = null): ?Closure
{
    static $source = null;
    if ($feed !== null) {
        $source = $feed;
    }

    return $source;
}

function frankenphp_handle_request(callable $handler): bool
{
    static $served = 0;

    $next = (frankenphp_feed())($served);
    if ($next === null) {
        return false;
    }

    [$_SERVER['REQUEST_URI'], $_SERVER['REQUEST_TIME'], $body] = $next;
    $_POST = [];
    $GLOBALS['__frankenphp_body'] = $body;

    try {
        $handler();
    } finally {
        $served++;
        unset($GLOBALS['__frankenphp_body']);
    }

    return true;
}

function frankenphp_request_body(): string
{
    return $GLOBALS['__frankenphp_body'] ?? '';
}

function frankenphp_respond(string $body): void
{
    static $last = '';
    $last = $body; // the real runtime streams it to the client
}
