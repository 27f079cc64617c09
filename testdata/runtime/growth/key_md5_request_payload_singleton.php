<?php
// An API client singleton caches responses under md5 of method, URI and JSON payload; the payload carries the request id handed down through two calls, so each request adds an entry.

final class ApiClient
{
    private const API_VERSION = '2024-06-01';

    private static ?ApiClient $shared = null;

    /** @var array<string, array{status: int, body: string}> */
    private array $responses = [];

    public static function shared(): ApiClient
    {
        if (self::$shared === null) {
            self::$shared = new ApiClient();
        }
        return self::$shared;
    }

    public function post(string $uri, array $payload): array
    {
        $key = $this->cacheKey('POST', $uri, $payload);
        if (isset($this->responses[$key])) {
            return $this->responses[$key];
        }
        $response = $this->send('POST', $uri, $payload);
        $this->responses[$key] = $response; // leak
        return $response;
    }

    private function cacheKey(string $method, string $uri, array $payload): string
    {
        return md5(sprintf('%s %s %s %s', strtolower($method), $uri, self::API_VERSION, json_encode($payload)));
    }

    private function send(string $method, string $uri, array $payload): array
    {
        return ['status' => 200, 'body' => json_encode(['uri' => $uri, 'rates' => array_fill(0, 12, ['carrier' => 'DHL Express', 'price' => 12.5])])];
    }
}

function quote_shipping(string $requestId, array $cart): array
{
    return ApiClient::shared()->post('/v1/shipping/quotes', ['reference' => "quote-{$requestId}", 'items' => count($cart)]);
}

function handle_checkout(string $requestId, array $cart): int
{
    $quote = quote_shipping($requestId, $cart);
    return $quote['status'];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_checkout(bin2hex(random_bytes(8)), array_fill(0, 3, str_repeat("item {$i} ", 10)));
}
