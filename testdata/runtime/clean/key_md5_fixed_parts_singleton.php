<?php
// An API client singleton caches responses under md5 of method, URI and API version; the URIs are a fixed set of reference-data endpoints, so the key set stays small.

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

    public function get(string $uri, array $query = []): array
    {
        $key = $this->cacheKey('GET', $uri);
        if (isset($this->responses[$key])) {
            return $this->responses[$key];
        }
        $response = $this->send('GET', $uri, $query);
        $this->responses[$key] = $response;
        return $response;
    }

    private function cacheKey(string $method, string $uri): string
    {
        return md5(implode(' ', [strtolower($method), $uri, self::API_VERSION]));
    }

    private function send(string $method, string $uri, array $query): array
    {
        return ['status' => 200, 'body' => json_encode(['uri' => $uri, 'rates' => array_fill(0, 12, ['carrier' => 'DHL Express', 'price' => 12.5])])];
    }
}

function load_reference(string $requestId, string $resource): array
{
    return ApiClient::shared()->get(sprintf('/v1/reference/%s', strtolower($resource)), ['trace' => "ref-{$requestId}"]);
}

function handle_checkout(string $requestId, array $cart): int
{
    $resources = ['Countries', 'Currencies', 'Carriers'];
    $ref = load_reference($requestId, $resources[count($cart) % 3]);
    return $ref['status'];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_checkout(bin2hex(random_bytes(8)), array_fill(0, 1 + $i % 5, str_repeat("item {$i} ", 10)));
}
