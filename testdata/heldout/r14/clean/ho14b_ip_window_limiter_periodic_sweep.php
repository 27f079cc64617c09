<?php

declare(strict_types=1);

/**
 * Sliding-window limiter for a long-running HTTP worker (Swoole-style
 * server). Every client IP gets its own window of recent hits; the window
 * is trimmed to the last $windowSeconds each time that IP is checked, and
 * once per window length a sweep trims every window and forgets the IPs
 * whose window ran empty.
 */

final class HitWindow
{
    public \SplQueue $hits;
    public float $firstSeen;
    public int $rejected = 0;

    public function __construct(public readonly string $clientIp, float $now)
    {
        $this->hits = new \SplQueue();
        $this->firstSeen = $now;
    }
}

final class SlidingWindowLimiter
{
    /** @var array<string, HitWindow> */
    private array $windows = [];
    private ?float $lastSweep = null;

    public function __construct(
        private readonly int $maxHits,
        private readonly float $windowSeconds,
    ) {
    }

    public function attempt(string $ip, float $now, string $route): bool
    {
        $this->lastSweep ??= $now;
        if ($now - $this->lastSweep >= $this->windowSeconds) {
            $this->sweep($now);
        }

        $window = $this->windows[$ip] ??= new HitWindow($ip, $now);
        $this->trim($window, $now);

        if (count($window->hits) >= $this->maxHits) {
            $window->rejected++;
            return false;
        }

        $window->hits->enqueue([$now, $route, sprintf('%s %s', $ip, $route)]);

        return true;
    }

    private function trim(HitWindow $window, float $now): void
    {
        // Entries older than the window fall out.
        while (!$window->hits->isEmpty() && $window->hits->bottom()[0] <= $now - $this->windowSeconds) {
            $window->hits->dequeue();
        }
    }

    private function sweep(float $now): void
    {
        foreach ($this->windows as $ip => $window) {
            $this->trim($window, $now);
            if ($window->hits->isEmpty()) {
                unset($this->windows[$ip]);
            }
        }
        $this->lastSweep = $now;
    }

    public function trackedClients(): int
    {
        return count($this->windows);
    }
}

final class HttpRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $server,
    ) {
    }

    public function clientIp(): string
    {
        return $this->server['HTTP_X_FORWARDED_FOR'] ?? $this->server['REMOTE_ADDR'];
    }
}

final class ApiServer
{
    public function __construct(private readonly SlidingWindowLimiter $limiter)
    {
    }

    public function onRequest(HttpRequest $request, float $now): array
    {
        if (!$this->limiter->attempt($request->clientIp(), $now, $request->path)) {
            return [429, ['Retry-After' => '10'], 'Too Many Requests'];
        }

        return [200, ['Content-Type' => 'application/json'], json_encode(['path' => $request->path, 'ok' => true])];
    }
}

$limiter = new SlidingWindowLimiter(maxHits: 20, windowSeconds: 10.0);
$server = new ApiServer($limiter);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$clock = 1_700_000_000.0;

for ($i = 0; $i < $n; $i++) {
    $clock += 0.25;
    // A handful of busy API clients plus a long tail of one-off visitors.
    $ip = $i % 4 === 0
        ? '203.0.113.' . ($i % 8)
        : sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255);

    $request = new HttpRequest('GET', '/api/v1/catalog/items', [
        'REMOTE_ADDR' => $ip,
        'HTTP_USER_AGENT' => 'Mozilla/5.0 (X11; Linux x86_64)',
        'REQUEST_TIME_FLOAT' => $clock,
    ]);

    $server->onRequest($request, $clock);
}
