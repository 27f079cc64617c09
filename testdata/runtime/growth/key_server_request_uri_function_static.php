<?php
// CORS headers are memoized in a function static under a key read from $_SERVER['REQUEST_URI']; the URI carries a per-request query string, so each request adds an entry.

function request_cache_key(): string
{
    $method = strtoupper($_SERVER['REQUEST_METHOD'] ?? 'GET');
    $uri = $_SERVER['REQUEST_URI'] ?? '/';
    return "{$method} {$uri}";
}

function build_cors_headers(string $key): array
{
    return [
        'Access-Control-Allow-Origin' => 'https://shop.example.com',
        'Access-Control-Allow-Methods' => 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers' => implode(', ', array_fill(0, 24, 'X-Requested-With')),
        'Access-Control-Max-Age' => '600',
        'X-Cache-Key' => $key,
    ];
}

function cors_headers(): array
{
    static $headers = [];
    $key = request_cache_key();
    return $headers[$key] ??= build_cors_headers($key); // leak
}

function send_response(string $body): int
{
    $lines = [];
    foreach (cors_headers() as $name => $value) {
        $lines[] = "{$name}: {$value}";
    }
    return strlen(implode("\r\n", $lines)) + strlen($body);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $_SERVER['REQUEST_METHOD'] = $i % 2 === 0 ? 'GET' : 'POST';
    $_SERVER['REQUEST_URI'] = "/api/orders?page={$i}";
    $_GET = ['page' => (string) $i];
    send_response(str_repeat("order {$i} ", 40));
}
