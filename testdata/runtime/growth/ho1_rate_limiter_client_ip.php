<?php
// A worker-lifetime token-bucket rate limiter keeps one bucket per limiter key derived from the client IP and route of each request.

final class TokenBucket
{
    public function __construct(
        public float $tokens,
        public float $updatedAt,
        public readonly string $id,
        public readonly array $policy,
    ) {}
}

final class RateLimiter
{
    /** @var array<string, TokenBucket> */
    private array $buckets = [];

    public function __construct(private int $limit, private float $refillPerSecond) {}

    public function attempt(string $key): bool
    {
        $now = microtime(true);
        $bucket = $this->buckets[$key] ?? null;
        if ($bucket === null) {
            $bucket = new TokenBucket((float) $this->limit, $now, $key, [
                'limit' => $this->limit,
                'refill' => $this->refillPerSecond,
                'window' => 'sliding',
                'scope' => 'ip+route',
                'window_started' => date(DATE_ATOM, (int) $now),
            ]);
            $this->buckets[$key] = $bucket; // leak
        }
        $bucket->tokens = min($this->limit, $bucket->tokens + ($now - $bucket->updatedAt) * $this->refillPerSecond);
        $bucket->updatedAt = $now;
        if ($bucket->tokens < 1) {
            return false;
        }
        $bucket->tokens -= 1;
        return true;
    }
}

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $server,
    ) {}

    public function getClientIp(): string
    {
        return $this->server['HTTP_X_FORWARDED_FOR'] ?? $this->server['REMOTE_ADDR'];
    }
}

final class ThrottleRequests
{
    public function __construct(private RateLimiter $limiter) {}

    public function handle(Request $request, Closure $next): int
    {
        if (!$this->limiter->attempt($this->resolveRequestSignature($request))) {
            return 429;
        }
        return $next($request);
    }

    private function resolveRequestSignature(Request $request): string
    {
        return sha1($request->method . '|' . $request->path . '|' . $request->getClientIp());
    }
}

final class Worker
{
    private int $i = 0;

    public function __construct(private int $n) {}

    public function waitRequest(): ?Request
    {
        if ($this->i >= $this->n) {
            return null;
        }
        $i = $this->i++;
        $ip = sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255);
        return new Request('POST', '/api/login', ['REMOTE_ADDR' => $ip, 'HTTP_USER_AGENT' => 'Mozilla/5.0']);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$throttle = new ThrottleRequests(new RateLimiter(10, 0.5));
$worker = new Worker($n);

while ($request = $worker->waitRequest()) {
    $throttle->handle($request, static fn (Request $r): int => 200);
}
