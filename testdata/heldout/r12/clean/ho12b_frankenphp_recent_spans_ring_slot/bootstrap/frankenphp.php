<?php
declare(strict_types=1);

namespace {
    // Outside FrankenPHP's worker mode (CLI, tests) emulate the request loop:
    // each call serves one request by invoking the handler.
    if (!function_exists('frankenphp_handle_request')) {
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $max) {
                return false;
            }
            $served++;
            $_SERVER['REQUEST_METHOD'] = 'POST';
            $_SERVER['REQUEST_URI'] = '/checkout/' . $served . '/confirm';
            $_SERVER['HTTP_TRACEPARENT'] = sprintf('00-%032x-%016x-01', $served * 104729, $served * 131);
            $handler();

            return true;
        }
    }
}
