<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

final class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }
}

/** Stand-in for the RoadRunner relay: hands out requests until the pool stops the worker. */
final class PSR7Worker
{
    private int $handled = 0;
    public array $lastResponse = [];

    public function __construct(private int $maxJobs)
    {
    }

    public function waitRequest(): ?Request
    {
        if ($this->handled >= $this->maxJobs) {
            return null;
        }
        $i = ++$this->handled;

        return new Request(
            $i % 4 === 0 ? 'POST' : 'GET',
            "/v2/catalog/products/{$i}?include=variants,stock&lang=en",
            [
                'Traceparent' => [sprintf('00-%032x-%016x-01', $i * 2654435761, $i * 40503)],
                'User-Agent' => ['okhttp/4.12.0 (Android 14; Pixel ' . ($i % 9) . ')'],
                'Cookie' => ['XSRF-TOKEN=' . hash('sha256', "x{$i}") . '; sid=' . hash('sha256', "s{$i}")],
            ],
            $i % 4 === 0 ? json_encode(['product' => $i, 'review' => str_repeat('great ', 30)]) : '',
        );
    }

    public function respond(int $status, string $body, array $headers = []): void
    {
        $this->lastResponse = [$status, strlen($body), $headers];
    }
}

namespace App\Observability;

use Spiral\RoadRunner\Http\Request;

final class Span
{
    public ?float $end = null;
    public array $tags = [];

    public function __construct(
        public readonly string $name,
        public readonly string $traceId,
        public readonly float $start,
    ) {
    }
}

final class Tracer
{
    /** @var array<int, Span> open spans, keyed by the request they belong to */
    private array $spans = [];
    private array $exportBatch = [];
    public int $exported = 0;

    public function start(Request $request, float $now): void
    {
        $traceId = substr($request->headers['Traceparent'][0] ?? '', 3, 32);
        $this->spans[spl_object_id($request)] = new Span($request->method . ' ' . parse_url($request->uri, PHP_URL_PATH), $traceId, $now);
    }

    public function finish(Request $request, int $status, float $now): void
    {
        $span = $this->spans[spl_object_id($request)] ?? null;
        if ($span === null) {
            return;
        }
        $span->end = $now;
        $span->tags = ['http.status_code' => $status, 'http.method' => $request->method];
        $this->exportBatch[] = [$span->traceId, $span->name, $span->end - $span->start];
        if (count($this->exportBatch) >= 50) {
            $this->flush();
        }
    }

    private function flush(): void
    {
        $this->exported += count($this->exportBatch);
        $this->exportBatch = [];
    }
}

namespace App;

use App\Observability\Tracer;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\Request;

final class ProductController
{
    public function __invoke(Request $request): array
    {
        preg_match('#/products/(\d+)#', $request->uri, $m);
        $id = (int) $m[1];

        return ['id' => $id, 'name' => "Product {$id}", 'stock' => $id % 13, 'variants' => [['sku' => "{$id}-S"], ['sku' => "{$id}-M"]]];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker($n);
$tracer = new Tracer();
$controller = new ProductController();
$clock = 1700000000.0;

while ($request = $worker->waitRequest()) {
    $clock += 0.013;
    $tracer->start($request, $clock);
    try {
        $payload = $controller($request);
        $worker->respond(200, json_encode($payload), ['Content-Type' => ['application/json']]);
        $tracer->finish($request, 200, $clock + 0.004);
    } catch (\Throwable $e) {
        $worker->respond(500, 'Internal Server Error');
        $tracer->finish($request, 500, $clock + 0.004);
    }
    // release request-scoped objects before blocking on the relay again
    unset($request, $payload);
}
