<?php

// Stand-in for the FrankenPHP worker SAPI: each call fills the superglobals
// with the next request and runs the handler once.

final class FrankenPhpStandIn
{
    public static ?Iterator $feed = null;
}

function frankenphp_handle_request(callable $handler): bool
{
    $feed = FrankenPhpStandIn::$feed;
    if ($feed === null || !$feed->valid()) {
        return false;
    }
    [$server, $post] = $feed->current();
    $feed->next();

    $_SERVER['REQUEST_METHOD'] = $server['REQUEST_METHOD'];
    $_SERVER['REQUEST_URI'] = $server['REQUEST_URI'];
    $_SERVER['HTTP_X_REQUEST_ID'] = $server['HTTP_X_REQUEST_ID'];
    $_POST = $post;

    try {
        $handler();
    } finally {
        $_POST = [];
    }

    return true;
}
