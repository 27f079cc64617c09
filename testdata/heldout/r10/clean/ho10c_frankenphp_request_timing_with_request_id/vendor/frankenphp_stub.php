<?php

declare(strict_types=1);

// CLI fallback for the FrankenPHP worker runtime: the real function blocks
// until Caddy hands over a request and resets the superglobals for it.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $n = $served++;
        $_GET = ['page' => (string) (1 + $n % 3), 'sort' => '-published_at'];
        $_POST = [];
        $_COOKIE = ['session' => hash('crc32b', (string) ($n % 40))];
        $_SERVER = [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => '/api/podcasts/' . (800 + $n % 60) . '/episodes?page=' . (1 + $n % 3),
            'HTTP_ACCEPT' => 'application/json',
            'HTTP_USER_AGENT' => 'PodcastApp/5.2 (iPhone; iOS 17.4)',
            'HTTP_X_REQUEST_ID' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $n, $n % 65536, $n % 4096, $n % 4096, $n),
            'REMOTE_ADDR' => '10.0.' . ($n % 250) . '.' . ($n % 199),
        ];
        $handler();
        return true;
    }
}
