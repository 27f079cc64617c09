<?php

// Development shim of FrankenPHP's worker API for running the app under the
// CLI: requests come from a replay source instead of Caddy.

final class FrankenphpReplay
{
    public static ?Iterator $source = null;
}

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        $source = FrankenphpReplay::$source;
        if ($source === null || !$source->valid()) {
            return false;
        }
        [$server, $post] = $source->current();
        $source->next();
        $_SERVER = $server + ['REQUEST_TIME_FLOAT' => microtime(true)];
        $_POST = $post;
        try {
            $handler();
        } finally {
            $_POST = [];
        }
        return true;
    }
}
