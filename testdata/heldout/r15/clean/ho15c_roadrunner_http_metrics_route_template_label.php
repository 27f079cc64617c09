<?php

declare(strict_types=1);

namespace App\Metrics;

final class Histogram
{
    /** @var array<string, list<int>> */
    private array $buckets = [];

    /** @var array<string, float> */
    private array $sums = [];

    /** @param list<float> $bounds */
    public function __construct(public readonly string $name, private array $bounds)
    {
    }

    public function observe(float $value, array $labels): void
    {
        $key = implode('|', $labels);
        $this->buckets[$key] ??= array_fill(0, count($this->bounds) + 1, 0);
        foreach ($this->bounds as $i => $bound) {
            if ($value <= $bound) {
                $this->buckets[$key][$i]++;
            }
        }
        $this->buckets[$key][count($this->bounds)]++;
        $this->sums[$key] = ($this->sums[$key] ?? 0.0) + $value;
    }
}

final class Counter
{
    /** @var array<string, int> */
    private array $values = [];

    public function __construct(public readonly string $name)
    {
    }

    public function inc(array $labels, int $by = 1): void
    {
        $key = implode('|', $labels);
        $this->values[$key] = ($this->values[$key] ?? 0) + $by;
    }
}

/** In-memory registry, scraped by the RoadRunner metrics plugin every few seconds. */
final class CollectorRegistry
{
    /** @var array<string, Counter> */
    private array $counters = [];

    /** @var array<string, Histogram> */
    private array $histograms = [];

    public function counter(string $name): Counter
    {
        return $this->counters[$name] ??= new Counter($name);
    }

    public function histogram(string $name, array $bounds): Histogram
    {
        return $this->histograms[$name] ??= new Histogram($name, $bounds);
    }
}

function metrics(): CollectorRegistry
{
    static $registry = null;

    return $registry ??= new CollectorRegistry();
}

namespace App\Http;

use function App\Metrics\metrics;

final class RouteMatch
{
    public function __construct(public readonly string $template, public readonly string $action, public readonly array $params)
    {
    }
}

final class Router
{
    private const ROUTES = [
        ['GET', '#^/api/orders/(\d+)$#', '/api/orders/{order}', 'orders.show'],
        ['GET', '#^/api/customers/(\d+)/orders$#', '/api/customers/{customer}/orders', 'customers.orders'],
        ['POST', '#^/api/orders$#', '/api/orders', 'orders.store'],
    ];

    public function match(string $method, string $path): ?RouteMatch
    {
        foreach (self::ROUTES as [$verb, $regex, $template, $action]) {
            if ($verb === $method && preg_match($regex, $path, $m)) {
                return new RouteMatch($template, $action, array_slice($m, 1));
            }
        }

        return null;
    }
}

final class MetricsMiddleware
{
    private const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];
    private const SIZE_BUCKETS = [256, 1024, 4096, 16384, 65536, 262144];

    public function __construct(private Router $router)
    {
    }

    /** @param callable(RouteMatch|null, array): array $next */
    public function process(array $request, callable $next): array
    {
        $startedAt = hrtime(true);
        $route = $this->router->match($request['method'], $request['path']);
        $response = $next($route, $request);

        $labels = [$request['method'], $route?->template ?? 'unmatched', (string) $response['status']];
        metrics()->counter('http_requests_total')->inc($labels);
        metrics()->histogram('http_request_duration_seconds', self::DURATION_BUCKETS)
            ->observe((hrtime(true) - $startedAt) / 1e9, $labels);
        metrics()->histogram('http_response_size_bytes', self::SIZE_BUCKETS)
            ->observe(strlen($response['body']), $labels);

        return $response;
    }
}

namespace App;

use App\Http\MetricsMiddleware;
use App\Http\RouteMatch;
use App\Http\Router;

$middleware = new MetricsMiddleware(new Router());
$kernel = static function (?RouteMatch $route, array $request): array {
    if ($route === null) {
        return ['status' => 404, 'body' => '{"message":"Not Found"}'];
    }

    return ['status' => 200, 'body' => json_encode(['action' => $route->action, 'id' => $route->params[0] ?? null])];
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// RoadRunner worker loop stand-in.
for ($i = 0; $i < $n; $i++) {
    $request = match ($i % 4) {
        0, 1 => ['method' => 'GET', 'path' => '/api/orders/' . (880_000 + $i)],
        2 => ['method' => 'GET', 'path' => '/api/customers/' . (12_000 + $i) . '/orders'],
        default => ['method' => 'POST', 'path' => '/api/orders'],
    };
    $middleware->process($request, $kernel);
}
