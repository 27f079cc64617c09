<?php
// An API gateway worker throttles requests with a class-static registry of token buckets keyed by the client IP address.

final class TokenBucket
{
    /** @var list<int> ring of the last 40 request ticks */
    private array $recent;

    public function __construct(
        public readonly string $scope,
        private int $capacity,
        private int $tokens,
    ) {
        $this->recent = array_fill(0, 40, -1);
    }

    public function take(int $tick): bool
    {
        $this->recent[$tick % 40] = $tick;
        if ($this->tokens <= 0) {
            $this->tokens = $this->capacity;
            return false;
        }
        $this->tokens--;
        return true;
    }
}

final class RateLimiter
{
    /** @var array<string, TokenBucket> */
    private static array $buckets = [];

    public static function allow(string $scope, int $tick): bool
    {
        $bucket = self::$buckets[$scope] ??= new TokenBucket($scope, 100, 100); // leak
        return $bucket->take($tick);
    }
}

final class ThrottleMiddleware
{
    public function handle(array $server, int $tick, callable $next): array
    {
        $scope = $this->scopeFor($server);
        if (!RateLimiter::allow($scope, $tick)) {
            return ['status' => 429, 'body' => 'Too Many Requests'];
        }
        return $next($server);
    }

    private function scopeFor(array $server): string
    {
        return $server['HTTP_X_FORWARDED_FOR'] ?? $server['REMOTE_ADDR'];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$middleware = new ThrottleMiddleware();
$app = static fn (array $server): array => ['status' => 200, 'body' => 'ok ' . $server['REQUEST_URI']];
for ($i = 0; $i < $n; $i++) {
    $server = [
        'REMOTE_ADDR' => '10.' . ($i >> 16 & 255) . '.' . ($i >> 8 & 255) . '.' . ($i & 255),
        'REQUEST_URI' => '/api/items/' . $i,
    ];
    $middleware->handle($server, $i, $app);
}
