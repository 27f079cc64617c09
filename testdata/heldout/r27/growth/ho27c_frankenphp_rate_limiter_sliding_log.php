<?php

declare(strict_types=1);

/*
 * FrankenPHP worker-mode front controller for a public API. Every request
 * passes a sliding-log rate limiter keyed by API key and route group before
 * reaching the controller.
 */

// ---------------------------------------------------------------------------
// FrankenPHP runtime stand-in (the real function is provided by the SAPI)
// ---------------------------------------------------------------------------

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }

        $i = $served++;
        $plan = ['free', 'pro', 'enterprise'][$i % 3];
        $_SERVER = [
            'REQUEST_METHOD' => $i % 4 === 0 ? 'POST' : 'GET',
            'REQUEST_URI' => ['/api/v2/search', '/api/v2/export', '/api/v2/items/' . ($i % 50)][$i % 3],
            'REQUEST_TIME_FLOAT' => 1700000000.0 + $i * 0.75,
            'HTTP_X_API_KEY' => sprintf('%s_live_%s', $plan, substr(hash('sha256', 'tenant-' . ($i * 7919 % 100003)), 0, 32)),
            'REMOTE_ADDR' => sprintf('10.%d.%d.%d', $i % 7, ($i >> 3) % 250, $i % 250),
        ];
        $handler();

        return true;
    }
}

// ---------------------------------------------------------------------------
// Rate limiting
// ---------------------------------------------------------------------------

final class RateLimitPolicy
{
    public function __construct(
        public readonly string $id,
        public readonly int $limit,
        public readonly int $intervalSeconds,
    ) {
    }

    public static function forPlan(string $plan): self
    {
        return match ($plan) {
            'enterprise' => new self('enterprise', 600, 60),
            'pro' => new self('pro', 120, 60),
            default => new self('free', 20, 60),
        };
    }
}

final class RateLimit
{
    public function __construct(
        public readonly bool $accepted,
        public readonly int $remaining,
        public readonly float $retryAfter,
        public readonly int $limit,
    ) {
    }
}

trait BuildsLimiterKeys
{
    private function limiterKey(string $apiKey, string $group, RateLimitPolicy $policy): string
    {
        return sprintf('rl:%s:%s:%s', $policy->id, $group, hash('xxh128', $apiKey));
    }
}

final class SlidingLogLimiter
{
    use BuildsLimiterKeys;

    /** @var array<string, array{policy: string, hits: list<float>, client: string, expires: float}> */
    private array $logs = [];

    public function consume(string $apiKey, string $group, RateLimitPolicy $policy, float $now, string $client): RateLimit
    {
        $key = $this->limiterKey($apiKey, $group, $policy);
        $log = $this->window($key, $now - $policy->intervalSeconds);

        if (count($log) >= $policy->limit) {
            $retry = $log[0] + $policy->intervalSeconds - $now;

            return new RateLimit(false, 0, $retry, $policy->limit);
        }

        $log[] = $now;
        $this->logs[$key] = [ // leak
            'policy' => $policy->id,
            'hits' => array_slice($log, -$policy->limit),
            'client' => $client,
            'expires' => $now + $policy->intervalSeconds,
        ];

        return new RateLimit(true, $policy->limit - count($log), 0.0, $policy->limit);
    }

    /** @return list<float> */
    private function window(string $key, float $since): array
    {
        $hits = array_values(array_filter($this->logs[$key]['hits'] ?? [], static fn (float $t): bool => $t > $since));
        if ($hits === []) {
            unset($this->logs[$key]);
        }

        return $hits;
    }
}

// ---------------------------------------------------------------------------
// Application
// ---------------------------------------------------------------------------

final class ApiKernel
{
    private const GROUPS = ['/api/v2/search' => 'search', '/api/v2/export' => 'export'];

    public function __construct(private SlidingLogLimiter $limiter)
    {
    }

    public function handle(array $server): array
    {
        $apiKey = $server['HTTP_X_API_KEY'] ?? '';
        $plan = strstr($apiKey, '_', true) ?: 'free';
        $path = (string) parse_url($server['REQUEST_URI'], PHP_URL_PATH);
        $group = self::GROUPS[$path] ?? 'default';

        $limit = $this->limiter->consume(
            $apiKey,
            $group,
            RateLimitPolicy::forPlan($plan),
            (float) $server['REQUEST_TIME_FLOAT'],
            $server['REMOTE_ADDR'] ?? '-',
        );

        if (!$limit->accepted) {
            return [429, ['Retry-After' => (string) ceil($limit->retryAfter)], '{"error":"rate_limited"}'];
        }

        return [200, ['X-RateLimit-Remaining' => (string) $limit->remaining], json_encode(['path' => $path, 'group' => $group])];
    }
}

$kernel = new ApiKernel(new SlidingLogLimiter());
$sent = 0;

$handler = static function () use ($kernel, &$sent): void {
    [$status, $headers, $body] = $kernel->handle($_SERVER);
    $sent += strlen($body) + count($headers) + $status;
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
