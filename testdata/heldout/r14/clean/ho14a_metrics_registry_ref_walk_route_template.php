<?php

declare(strict_types=1);

// ReactPHP-style HTTP server: one process, one event loop, requests handled
// by a closure. A Prometheus-like collector records a latency histogram per
// request (labelled by route template); the registry is exported on /metrics.

final class ServerRequest
{
    public function __construct(
        private readonly string $method,
        private readonly string $uri,
        private readonly array $attributes = [],
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }

    public function withAttribute(string $name, mixed $value): self
    {
        return new self($this->method, $this->uri, [$name => $value] + $this->attributes);
    }
}

final class JsonResponse
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class HttpServer
{
    /** @var list<callable> */
    private array $middleware;

    public function __construct(callable ...$middleware)
    {
        $this->middleware = $middleware;
    }

    public function emit(ServerRequest $request): JsonResponse
    {
        $call = function (int $i, ServerRequest $request) use (&$call): JsonResponse {
            return ($this->middleware[$i])($request, static fn (ServerRequest $r) => $call($i + 1, $r));
        };

        $response = $call(0, $request);
        $call = null;

        return $response;
    }
}

final class CollectorRegistry
{
    private const BUCKETS = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];

    /** @var array<string, array{help: string, type: string, samples: array<string, array>}> */
    private array $series = [];

    public function observe(string $metric, string $help, array $labels, float $seconds): void
    {
        $family = &$this->series[$metric];
        $family ??= ['help' => $help, 'type' => 'histogram', 'samples' => []];

        ksort($labels);
        $sample = &$family['samples'][http_build_query($labels, '', ',')];
        if ($sample === null) {
            $sample = ['labels' => $labels, 'count' => 0, 'sum' => 0.0, 'buckets' => array_fill_keys(self::BUCKETS, 0)];
        }

        $sample['count']++;
        $sample['sum'] += $seconds;
        foreach (self::BUCKETS as $le) {
            if ($le === '+Inf' || $seconds <= (float) $le) {
                $sample['buckets'][$le]++;
            }
        }
    }

    public function render(): string
    {
        $out = '';
        foreach ($this->series as $name => $family) {
            $out .= "# HELP $name {$family['help']}\n# TYPE $name {$family['type']}\n";
            foreach ($family['samples'] as $key => $sample) {
                $out .= "{$name}_count{{$key}} {$sample['count']}\n";
            }
        }

        return $out;
    }
}

$registry = new CollectorRegistry();

$metrics = static function (ServerRequest $request, callable $next) use ($registry): JsonResponse {
    $start = hrtime(true);
    $response = $next($request);
    $registry->observe(
        'http_server_request_duration_seconds',
        'Duration of HTTP server requests.',
        [
            'method' => $request->getMethod(),
            'route' => $request->getAttribute('_route', 'unmatched'),
            'status' => (string) $response->status,
        ],
        (hrtime(true) - $start) / 1e9,
    );

    return $response;
};

$router = static function (ServerRequest $request, callable $next): JsonResponse {
    $path = parse_url($request->getUri(), PHP_URL_PATH);
    if (preg_match('#^/users/(\d+)/invoices$#', $path, $m)) {
        return $next($request->withAttribute('_route', '/users/{id}/invoices')->withAttribute('id', (int) $m[1]));
    }

    return $next($request->withAttribute('_route', '/health'));
};

$controller = static function (ServerRequest $request): JsonResponse {
    return new JsonResponse(200, json_encode(['user' => $request->getAttribute('id'), 'invoices' => []]));
};

$server = new HttpServer($router, $metrics, $controller);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->emit(new ServerRequest('GET', 'http://api.local/users/' . (10000 + $i) . '/invoices?page=1'));
}
