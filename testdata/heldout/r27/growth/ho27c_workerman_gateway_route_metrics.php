<?php

declare(strict_types=1);

/*
 * Workerman-based API gateway that proxies to upstream services and exposes
 * Prometheus metrics. Route labels come from the gateway's route table.
 */

// ---------------------------------------------------------------------------
// workerman/workerman stand-ins
// ---------------------------------------------------------------------------

final class Request
{
    /** @param array<string, string> $header */
    public function __construct(
        private string $method,
        private string $uri,
        private array $header = [],
        private string $rawBody = '',
    ) {
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return (string) parse_url($this->uri, PHP_URL_PATH);
    }

    public function uri(): string
    {
        return $this->uri;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->header[strtolower($name)] ?? $default;
    }

    public function rawBody(): string
    {
        return $this->rawBody;
    }
}

final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(
        public int $status = 200,
        public array $headers = [],
        public string $body = '',
    ) {
    }
}

final class TcpConnection
{
    public int $bytesWritten = 0;

    public function send(Response $response): void
    {
        $this->bytesWritten += strlen($response->body);
    }
}

final class Worker
{
    /** @var null|callable(TcpConnection, Request): void */
    public $onMessage = null;
    public int $count = 1;

    public function __construct(public string $socketName)
    {
    }
}

// ---------------------------------------------------------------------------
// Prometheus client (promphp-style, in-memory storage)
// ---------------------------------------------------------------------------

abstract class Collector
{
    /** @var array<string, array{labels: list<string>}> */
    protected array $series = [];

    /** @param list<string> $labelNames */
    public function __construct(
        protected string $name,
        protected string $help,
        protected array $labelNames,
    ) {
    }

    /** @param list<string> $labelValues */
    protected function seriesKey(array $labelValues): string
    {
        if (count($labelValues) !== count($this->labelNames)) {
            throw new InvalidArgumentException(sprintf('%s expects %d labels', $this->name, count($this->labelNames)));
        }

        return base64_encode(json_encode($labelValues));
    }

    public function seriesCount(): int
    {
        return count($this->series);
    }
}

final class Counter extends Collector
{
    /** @param list<string> $labelValues */
    public function incBy(int|float $value, array $labelValues): void
    {
        $key = $this->seriesKey($labelValues);
        $this->series[$key] ??= ['labels' => $labelValues, 'value' => 0]; // leak
        $this->series[$key]['value'] += $value;
    }
}

final class Histogram extends Collector
{
    /** @param list<float> $buckets */
    public function __construct(string $name, string $help, array $labelNames, private array $buckets)
    {
        parent::__construct($name, $help, $labelNames);
    }

    /** @param list<string> $labelValues */
    public function observe(float $value, array $labelValues): void
    {
        $key = $this->seriesKey($labelValues);
        if (!isset($this->series[$key])) {
            $this->series[$key] = [ // leak
                'labels' => $labelValues,
                'buckets' => array_fill(0, count($this->buckets) + 1, 0),
                'sum' => 0.0,
                'count' => 0,
            ];
        }

        foreach ($this->buckets as $i => $upper) {
            if ($value <= $upper) {
                $this->series[$key]['buckets'][$i]++;
                break;
            }
        }
        $this->series[$key]['sum'] += $value;
        $this->series[$key]['count']++;
    }
}

final class CollectorRegistry
{
    private static ?self $default = null;

    /** @var array<string, Collector> */
    private array $collectors = [];

    public static function getDefault(): self
    {
        return self::$default ??= new self();
    }

    public function getOrRegisterCounter(string $ns, string $name, string $help, array $labels): Counter
    {
        return $this->collectors[$ns . '_' . $name] ??= new Counter($ns . '_' . $name, $help, $labels);
    }

    public function getOrRegisterHistogram(string $ns, string $name, string $help, array $labels, array $buckets): Histogram
    {
        return $this->collectors[$ns . '_' . $name] ??= new Histogram($ns . '_' . $name, $help, $labels, $buckets);
    }
}

// ---------------------------------------------------------------------------
// Gateway
// ---------------------------------------------------------------------------

final class RouteTable
{
    /** @var array<string, array{pattern: string, upstream: string}> */
    private array $compiled = [];

    /** @param array<string, string> $routes template => upstream */
    public function __construct(array $routes)
    {
        foreach ($routes as $template => $upstream) {
            $pattern = '#^' . preg_replace('#\\\{[a-z_]+\\\}#', '[^/]+', preg_quote($template, '#')) . '$#';
            $this->compiled[$template] = ['pattern' => $pattern, 'upstream' => $upstream];
        }
    }

    /** @return array{template: string, upstream: string}|null */
    public function match(string $path): ?array
    {
        foreach ($this->compiled as $template => $route) {
            if (preg_match($route['pattern'], $path)) {
                return ['template' => $template, 'upstream' => $route['upstream']];
            }
        }

        return null;
    }
}

final class UpstreamClient
{
    public function forward(string $upstream, Request $request): Response
    {
        $status = str_contains($request->path(), '/archive') ? 404 : 200;
        $body = json_encode(['upstream' => $upstream, 'path' => $request->path(), 'len' => strlen($request->rawBody())]);

        return new Response($status, ['content-type' => 'application/json'], (string) $body);
    }
}

final class GatewayMetrics
{
    private Counter $requests;
    private Histogram $latency;
    private Histogram $responseSize;

    public function __construct(CollectorRegistry $registry)
    {
        $labels = ['method', 'route', 'status'];
        $this->requests = $registry->getOrRegisterCounter('gateway', 'http_requests_total', 'Proxied requests', $labels);
        $this->latency = $registry->getOrRegisterHistogram('gateway', 'http_request_duration_seconds', 'Latency', $labels,
            [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]);
        $this->responseSize = $registry->getOrRegisterHistogram('gateway', 'http_response_size_bytes', 'Response size', $labels,
            [64, 256, 1024, 4096, 16384, 65536]);
    }

    public function record(Request $request, ?array $route, Response $response, float $seconds): void
    {
        $labels = [$request->method(), $this->routeLabel($request, $route), (string) $response->status];
        $this->requests->incBy(1, $labels);
        $this->latency->observe($seconds, $labels);
        $this->responseSize->observe(strlen($response->body), $labels);
    }

    private function routeLabel(Request $request, ?array $route): string
    {
        return $route['template'] ?? $request->path();
    }
}

final class Gateway
{
    public function __construct(
        private RouteTable $routes,
        private UpstreamClient $upstreams,
        private GatewayMetrics $metrics,
    ) {
    }

    public function onMessage(TcpConnection $connection, Request $request): void
    {
        $start = hrtime(true);
        $route = $this->routes->match($request->path());
        $response = $this->upstreams->forward($route['upstream'] ?? 'default-backend', $request);
        $this->metrics->record($request, $route, $response, (hrtime(true) - $start) / 1e9);
        $connection->send($response);
    }
}

$worker = new Worker('http://0.0.0.0:8080');
$worker->count = 4;
$gateway = new Gateway(
    new RouteTable([
        '/v1/orders/{id}' => 'orders-svc',
        '/v1/customers/{id}' => 'crm-svc',
        '/v1/catalog/items/{sku}' => 'catalog-svc',
    ]),
    new UpstreamClient(),
    new GatewayMetrics(CollectorRegistry::getDefault()),
);
$worker->onMessage = [$gateway, 'onMessage'];

$paths = [
    static fn (int $i): string => sprintf('/v1/orders/%d', 500000 + $i),
    static fn (int $i): string => sprintf('/v1/orders/%d/shipments', 500000 + $i),
    static fn (int $i): string => sprintf('/v1/customers/c-%05d/archive', $i * 13 % 99991),
];

$connection = new TcpConnection();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request(
        $i % 5 === 0 ? 'POST' : 'GET',
        $paths[$i % 3]($i) . '?trace=' . dechex($i * 2654435761 % 4294967296),
        ['host' => 'api.example.com', 'x-request-id' => sprintf('req-%08x', $i)],
        $i % 5 === 0 ? str_repeat('{"line":1}', 8) : '',
    );
    ($worker->onMessage)($connection, $request);
}
