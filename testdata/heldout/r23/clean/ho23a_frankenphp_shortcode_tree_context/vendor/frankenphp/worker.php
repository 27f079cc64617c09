<?php

// CLI stand-in for the FrankenPHP worker SAPI: each call populates the
// superglobals for the next request of the replay and runs the handler.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $seq = 0;
        $seq++;
        $_GET = ['p' => (string) (700 + $seq), 'preview' => $seq % 5 === 0 ? '1' : '0'];
        $_SERVER['REQUEST_URI'] = '/?p=' . $_GET['p'];
        $_SERVER['REQUEST_TIME'] = 1_700_000_000 + $seq;
        ob_start();
        try {
            $handler();
        } finally {
            ob_end_clean();
        }

        return true;
    }
}
