<?php

declare(strict_types=1);

namespace App\Resilience;

final class CallSample
{
    public function __construct(
        public readonly bool $failed,
        public readonly int $durationMs,
        public readonly string $endpoint,
        public readonly string $traceId,
        public readonly array $context,
    ) {
    }
}

enum BreakerState: string
{
    case Closed = 'closed';
    case Open = 'open';
}

/**
 * Error-rate circuit breaker over the last WINDOW calls of each upstream.
 * Upstream names come from config/services.php, so the outer keys are fixed.
 */
final class CircuitBreaker
{
    private const WINDOW = 50;
    private const THRESHOLD = 0.5;

    /** @var array<string, list<CallSample>> */
    private array $samples = [];

    /** @var array<string, BreakerState> */
    private array $state = [];

    /** @param list<string> $upstreams */
    public function __construct(array $upstreams)
    {
        foreach ($upstreams as $name) {
            $this->samples[$name] = [];
            $this->state[$name] = BreakerState::Closed;
        }
    }

    public function record(string $upstream, CallSample $sample): void
    {
        if (!isset($this->samples[$upstream])) {
            throw new \InvalidArgumentException("Unknown upstream {$upstream}");
        }
        $this->samples[$upstream][] = $sample; // leak
        $this->state[$upstream] = $this->errorRate($upstream) >= self::THRESHOLD ? BreakerState::Open : BreakerState::Closed;
    }

    public function allows(string $upstream): bool
    {
        return ($this->state[$upstream] ?? BreakerState::Closed) === BreakerState::Closed;
    }

    private function errorRate(string $upstream): float
    {
        $window = $this->samples[$upstream];
        if (count($window) > self::WINDOW) {
            array_splice($window, 0, count($window) - self::WINDOW);
        }
        if ($window === []) {
            return 0.0;
        }
        $failed = count(array_filter($window, static fn (CallSample $s): bool => $s->failed));

        return $failed / count($window);
    }
}

final class UpstreamClient
{
    public function __construct(
        private readonly CircuitBreaker $breaker,
        private readonly string $name,
    ) {
    }

    public function get(string $path, string $traceId, array $headers): ?array
    {
        if (!$this->breaker->allows($this->name)) {
            return null;
        }
        // the HTTP call itself is simulated: every seventh call times out
        $failed = crc32($traceId) % 7 === 0;
        $this->breaker->record($this->name, new CallSample(
            failed: $failed,
            durationMs: $failed ? 3000 : 40 + strlen($path),
            endpoint: $this->name . $path,
            traceId: $traceId,
            context: $headers,
        ));

        return $failed ? null : ['path' => $path, 'ok' => true];
    }
}

namespace App\Worker;

use App\Resilience\CircuitBreaker;
use App\Resilience\UpstreamClient;

final class CatalogHandler
{
    public function __construct(
        private readonly UpstreamClient $pricing,
        private readonly UpstreamClient $stock,
    ) {
    }

    public function handle(array $request): array
    {
        $trace = $request['headers']['traceparent'];
        $price = $this->pricing->get('/prices/' . $request['sku'], $trace, $request['headers']);
        $stock = $this->stock->get('/stock/' . $request['sku'], $trace, $request['headers']);

        return ['status' => 200, 'sku' => $request['sku'], 'price' => $price, 'stock' => $stock];
    }
}

// RoadRunner PSR worker stand-in: boot once, then serve requests until told to stop.
$config = ['services' => ['pricing' => 'http://pricing.internal', 'stock' => 'http://stock.internal']];
$breaker = new CircuitBreaker(array_keys($config['services']));
$handler = new CatalogHandler(
    new UpstreamClient($breaker, 'pricing'),
    new UpstreamClient($breaker, 'stock'),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle([
        'sku' => sprintf('SKU-%05d', $i),
        'headers' => [
            'traceparent' => sprintf('00-%032x-%016x-01', $i * 7919, $i),
            'user-agent' => 'catalog-app/3.4 (build ' . $i . ')',
            'accept-language' => 'en-GB,en;q=0.9',
        ],
    ]);
}
