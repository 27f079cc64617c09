<?php
// A gateway memoises upstream responses in a function static under CACHE_NS . ':' . $apiKey . ':' . $path; the namespace constant is fixed, but the API key and path come from each request.

const CACHE_NS = 'gateway.v2';

function upstream_fetch(string $path, string $apiKey): string
{
    return json_encode(['path' => $path, 'owner' => substr($apiKey, 0, 8), 'items' => array_fill(0, 6, str_repeat('item ', 20))]);
}

function cached_upstream(string $path, string $apiKey): string
{
    static $responses = [];
    $key = CACHE_NS . ':' . $apiKey . ':' . $path;
    if (!isset($responses[$key])) {
        $responses[$key] = upstream_fetch($path, $apiKey); // leak
    }
    return $responses[$key];
}

function handle_gateway_request(array $server): int
{
    $apiKey = $server['HTTP_X_API_KEY'] ?? 'anonymous';
    return strlen(cached_upstream(parse_url($server['REQUEST_URI'], PHP_URL_PATH), $apiKey));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_gateway_request(['REQUEST_URI' => "/v2/catalog/products?page=" . ($i % 5), 'HTTP_X_API_KEY' => 'key_' . md5((string) $i)]);
}
