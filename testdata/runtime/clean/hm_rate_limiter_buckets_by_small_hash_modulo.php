<?php

declare(strict_types=1);

// A long-lived rate limiter spreads clients over buckets by a hash of
// their API key modulo 64 and keeps a window per bucket: clients share
// the 64 windows, and the map never holds more.

final class RateLimiter
{
    private const BUCKETS = 64;

    /** @var array<int, array{hits: int, window: string, client: string}> */
    private array $windows = [];

    public function allow(string $apiKey): bool
    {
        $bucket = crc32($apiKey) % self::BUCKETS;
        $window = $this->windows[$bucket] ?? ['hits' => 0, 'window' => date('YmdHi'), 'client' => str_repeat($apiKey, 8)];
        $window['hits']++;
        $this->windows[$bucket] = $window;

        return $window['hits'] <= 100;
    }
}

final class ApiKernel
{
    public function __construct(private readonly RateLimiter $limiter)
    {
    }

    public function handle(array $request): int
    {
        return $this->limiter->allow($request['headers']['x-api-key'] ?? 'anonymous') ? 200 : 429;
    }
}

$kernel = new ApiKernel(new RateLimiter());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['path' => '/v1/orders', 'headers' => ['x-api-key' => 'key-' . md5((string) $i)]]);
}
