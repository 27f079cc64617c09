<?php
// A Prometheus-style metrics registry living for the worker keeps one histogram series per metric name and label set, observed by a request-timing middleware.

final class Histogram
{
    private array $bucketCounts;
    private float $sum = 0.0;
    private int $count = 0;

    public function __construct(
        public readonly string $name,
        public readonly array $labels,
        private array $buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0],
    ) {
        $this->bucketCounts = array_fill(0, count($buckets), 0);
    }

    public function observe(float $value): void
    {
        foreach ($this->buckets as $i => $le) {
            if ($value <= $le) {
                $this->bucketCounts[$i]++;
            }
        }
        $this->sum += $value;
        $this->count++;
    }
}

final class CollectorRegistry
{
    /** @var array<string, Histogram> */
    private array $histograms = [];

    public function histogram(string $name, array $labels): Histogram
    {
        $id = $this->seriesId($name, $labels);
        return $this->histograms[$id] ??= new Histogram($name, $labels); // leak
    }

    private function seriesId(string $name, array $labels): string
    {
        ksort($labels);
        $pairs = [];
        foreach ($labels as $k => $v) {
            $pairs[] = $k . '="' . addslashes((string) $v) . '"';
        }
        return $name . '{' . implode(',', $pairs) . '}';
    }
}

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $route,
        public readonly ?int $userId,
    ) {}
}

final class RequestMetricsMiddleware
{
    public function __construct(private CollectorRegistry $registry) {}

    public function process(Request $request, callable $handler): int
    {
        $start = hrtime(true);
        $status = $handler($request);
        $this->registry->histogram('http_request_duration_seconds', [
            'method' => $request->method,
            'route' => $request->route,
            'status' => (string) $status,
            'user' => (string) ($request->userId ?? 'anonymous'),
        ])->observe((hrtime(true) - $start) / 1e9);
        return $status;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$middleware = new RequestMetricsMiddleware(new CollectorRegistry());
$routes = ['cart_show', 'cart_add', 'checkout'];

for ($i = 0; $i < $n; $i++) {
    $request = new Request($i % 4 ? 'GET' : 'POST', $routes[$i % 3], 50_000 + $i);
    $middleware->process($request, static fn (Request $r): int => 200);
}
