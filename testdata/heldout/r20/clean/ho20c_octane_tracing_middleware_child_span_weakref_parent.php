<?php

declare(strict_types=1);

namespace App\Tracing;

final class SpanContext
{
    public function __construct(public readonly string $traceId, public readonly string $spanId)
    {
    }
}

final class Span
{
    /** @var list<Span> */
    private array $children = [];
    /** @var array<string, scalar> */
    private array $attributes = [];
    private readonly int $startNs;
    private ?int $endNs = null;

    public function __construct(
        public readonly string $name,
        public readonly SpanContext $context,
        private readonly Tracer $tracer,
        private readonly ?\WeakReference $parent = null,
    ) {
        $this->startNs = hrtime(true);
    }

    public function startChild(string $name): Span
    {
        $child = $this->tracer->createSpan($name, $this);
        $this->children[] = $child;

        return $child;
    }

    public function setAttribute(string $key, string|int|float|bool $value): self
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function parentSpanId(): ?string
    {
        return $this->parent?->get()?->context->spanId;
    }

    public function end(): void
    {
        $this->endNs = hrtime(true);
        if ($this->parent === null) {
            $this->tracer->export($this);
        }
    }

    public function toArray(): array
    {
        return [
            'name' => $this->name,
            'trace_id' => $this->context->traceId,
            'span_id' => $this->context->spanId,
            'parent_span_id' => $this->parentSpanId(),
            'duration_ns' => ($this->endNs ?? hrtime(true)) - $this->startNs,
            'attributes' => $this->attributes,
            'children' => array_map(static fn (Span $c): array => $c->toArray(), $this->children),
        ];
    }
}

interface SpanExporter
{
    public function export(array $batch): void;
}

final class OtlpHttpExporter implements SpanExporter
{
    public int $sentBytes = 0;

    public function export(array $batch): void
    {
        $this->sentBytes += strlen(json_encode(['resourceSpans' => $batch], JSON_THROW_ON_ERROR));
    }
}

final class Tracer
{
    private int $sequence = 0;
    /** @var list<array> */
    private array $pending = [];

    public function __construct(
        private readonly SpanExporter $exporter,
        private readonly string $serviceName,
        private readonly int $batchSize = 8,
    ) {
    }

    public function startTrace(string $name): Span
    {
        $span = $this->createSpan($name, null);
        $span->setAttribute('service.name', $this->serviceName);

        return $span;
    }

    public function createSpan(string $name, ?Span $parent): Span
    {
        $traceId = $parent?->context->traceId ?? sprintf('%032x', crc32($this->serviceName) * 1000003 + ++$this->sequence);

        return new Span($name, new SpanContext($traceId, sprintf('%016x', ++$this->sequence)), $this, $parent !== null ? \WeakReference::create($parent) : null);
    }

    public function export(Span $root): void
    {
        $this->pending[] = $root->toArray();
        if (count($this->pending) >= $this->batchSize) {
            $this->exporter->export($this->pending);
            $this->pending = [];
        }
    }
}

namespace App\Http;

use App\Tracing\Span;
use App\Tracing\Tracer;

final class Request
{
    public array $attributes = [];

    public function __construct(public readonly string $method, public readonly string $path, public readonly array $query = [])
    {
    }
}

final class TraceRequests
{
    public function __construct(private readonly Tracer $tracer)
    {
    }

    public function handle(Request $request, \Closure $next): array
    {
        $span = $this->tracer->startTrace($request->method . ' ' . $request->path);
        $span->setAttribute('http.method', $request->method)->setAttribute('http.target', $request->path);
        $request->attributes['span'] = $span;

        try {
            $response = $next($request);
            $span->setAttribute('http.status_code', $response['status']);

            return $response;
        } finally {
            unset($request->attributes['span']);
            $span->end();
        }
    }
}

final class ProductController
{
    public function show(Request $request): array
    {
        /** @var Span $span */
        $span = $request->attributes['span'];

        $db = $span->startChild('db.select products');
        $db->setAttribute('db.system', 'mysql')->setAttribute('db.statement', 'select * from products where slug = ?');
        $product = ['slug' => basename($request->path), 'price' => 1999];
        $db->end();

        $cache = $span->startChild('cache.get pricing');
        $cache->setAttribute('cache.key', 'pricing:' . $product['slug']);
        $cache->end();

        return ['status' => 200, 'body' => $product];
    }
}

namespace App;

use App\Http\ProductController;
use App\Http\Request;
use App\Http\TraceRequests;
use App\Tracing\OtlpHttpExporter;
use App\Tracing\Tracer;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Octane worker: application services resolved once, requests flow through the middleware.
$middleware = new TraceRequests(new Tracer(new OtlpHttpExporter(), 'storefront'));
$controller = new ProductController();

for ($i = 1; $i <= $n; $i++) {
    $request = new Request('GET', '/products/trail-shoe-' . ($i % 50), ['ref' => 'campaign-' . $i]);
    $middleware->handle($request, static fn (Request $r): array => $controller->show($r));
}
