<?php

declare(strict_types=1);

/*
 * ReactPHP HTTP server with an OpenTelemetry-style tracer. Spans of a trace
 * are buffered by a tail-sampling processor and exported when the local
 * root span of the trace ends.
 */

// ---------------------------------------------------------------------------
// react/http stand-ins
// ---------------------------------------------------------------------------

final class ServerRequest
{
    /** @param array<string, string> $headers */
    public function __construct(
        private string $method,
        private string $target,
        private array $headers,
        private string $body = '',
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getRequestTarget(): string
    {
        return $this->target;
    }

    public function getPath(): string
    {
        return (string) parse_url($this->target, PHP_URL_PATH);
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getBody(): string
    {
        return $this->body;
    }
}

final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly int $status,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }
}

final class HttpServer
{
    /** @var callable(ServerRequest): Response */
    private $handler;

    public function __construct(callable $handler)
    {
        $this->handler = $handler;
    }

    public function emit(ServerRequest $request): Response
    {
        return ($this->handler)($request);
    }
}

// ---------------------------------------------------------------------------
// Tracing SDK
// ---------------------------------------------------------------------------

final class SpanKind
{
    public const INTERNAL = 0;
    public const SERVER = 1;
    public const CLIENT = 2;
}

final class SpanContext
{
    public function __construct(
        public readonly string $traceId,
        public readonly string $spanId,
        public readonly bool $isRemote = false,
        public readonly int $traceFlags = 1,
    ) {
    }

    public static function fromTraceparent(string $header): ?self
    {
        if (!preg_match('/^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/', $header, $m)) {
            return null;
        }

        return new self($m[1], $m[2], true, (int) hexdec($m[3]));
    }
}

final class RandomIdGenerator
{
    public function traceId(): string
    {
        return bin2hex(random_bytes(16));
    }

    public function spanId(): string
    {
        return bin2hex(random_bytes(8));
    }
}

interface SpanProcessor
{
    public function onEnd(Span $span): void;

    public function shutdown(): void;
}

final class Span
{
    /** @var array<string, scalar> */
    private array $attributes = [];
    /** @var list<array{name: string, time: float, attributes: array}> */
    private array $events = [];
    private float $endTime = 0.0;
    private int $statusCode = 0;

    public function __construct(
        private string $name,
        private SpanContext $context,
        private ?SpanContext $parentContext,
        private int $kind,
        private float $startTime,
        private SpanProcessor $processor,
    ) {
    }

    public function setAttribute(string $key, string|int|float|bool $value): self
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function addEvent(string $name, array $attributes = []): self
    {
        $this->events[] = ['name' => $name, 'time' => microtime(true), 'attributes' => $attributes];

        return $this;
    }

    public function setStatus(int $code): self
    {
        $this->statusCode = $code;

        return $this;
    }

    public function getContext(): SpanContext
    {
        return $this->context;
    }

    public function getParentContext(): ?SpanContext
    {
        return $this->parentContext;
    }

    public function end(): void
    {
        $this->endTime = microtime(true);
        $this->processor->onEnd($this);
    }

    public function toOtlp(): array
    {
        return [
            'traceId' => $this->context->traceId,
            'spanId' => $this->context->spanId,
            'parentSpanId' => $this->parentContext?->spanId ?? '',
            'name' => $this->name,
            'kind' => $this->kind,
            'startTimeUnixNano' => (int) ($this->startTime * 1e9),
            'endTimeUnixNano' => (int) ($this->endTime * 1e9),
            'attributes' => $this->attributes,
            'events' => $this->events,
            'status' => ['code' => $this->statusCode],
        ];
    }
}

final class Tracer
{
    public function __construct(
        private string $instrumentationScope,
        private SpanProcessor $processor,
        private RandomIdGenerator $ids,
    ) {
    }

    public function startSpan(string $name, int $kind, ?SpanContext $parent): Span
    {
        $context = new SpanContext($parent?->traceId ?? $this->ids->traceId(), $this->ids->spanId());

        return (new Span($name, $context, $parent, $kind, microtime(true), $this->processor))
            ->setAttribute('otel.scope.name', $this->instrumentationScope);
    }
}

interface SpanExporter
{
    /** @param list<array> $batch */
    public function export(array $batch): bool;
}

final class OtlpHttpExporter implements SpanExporter
{
    private int $bytesSent = 0;
    private int $requests = 0;

    public function __construct(private string $endpoint)
    {
    }

    public function export(array $batch): bool
    {
        $payload = json_encode(['resourceSpans' => [['scopeSpans' => [['spans' => $batch]]]]]);
        $this->bytesSent += strlen((string) $payload);
        $this->requests++;

        return true;
    }
}

/**
 * Keeps every span of a trace until the trace's local root ends, then makes
 * the sampling decision for the whole trace and exports it.
 */
final class TailSamplingProcessor implements SpanProcessor
{
    private SplQueue $pending;

    public function __construct(
        private SpanExporter $exporter,
        private float $errorRatio = 1.0,
        private int $maxExportBatchSize = 256,
    ) {
        $this->pending = new SplQueue();
    }

    public function onEnd(Span $span): void
    {
        $this->pending->enqueue($span); // leak

        if ($this->isLocalRoot($span)) {
            $this->flush();
        }
    }

    public function shutdown(): void
    {
        $this->flush();
    }

    private function isLocalRoot(Span $span): bool
    {
        return $span->getParentContext() === null;
    }

    private function flush(): void
    {
        $batch = [];
        while (!$this->pending->isEmpty()) {
            $batch[] = $this->pending->dequeue()->toOtlp();
            if (count($batch) >= $this->maxExportBatchSize) {
                $this->exporter->export($batch);
                $batch = [];
            }
        }
        if ($batch !== []) {
            $this->exporter->export($batch);
        }
    }
}

// ---------------------------------------------------------------------------
// Application: flag evaluation endpoint behind the edge gateway
// ---------------------------------------------------------------------------

final class FlagStore
{
    /** @var array<string, array{enabled: bool, rollout: int}> */
    private array $flags = [
        'new-checkout' => ['enabled' => true, 'rollout' => 30],
        'dark-mode' => ['enabled' => true, 'rollout' => 100],
        'search-v2' => ['enabled' => false, 'rollout' => 0],
    ];

    public function get(string $key): ?array
    {
        return $this->flags[$key] ?? null;
    }
}

final class FlagEndpoint
{
    public function __construct(private Tracer $tracer, private FlagStore $store)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $parent = SpanContext::fromTraceparent($request->getHeaderLine('traceparent'));
        $server = $this->tracer->startSpan('GET /v1/flags/{key}', SpanKind::SERVER, $parent)
            ->setAttribute('http.method', $request->getMethod())
            ->setAttribute('http.target', $request->getRequestTarget())
            ->setAttribute('http.user_agent', $request->getHeaderLine('user-agent'));

        $segments = explode('/', trim($request->getPath(), '/'));
        $flagKey = $segments[2] ?? '';
        parse_str((string) parse_url($request->getRequestTarget(), PHP_URL_QUERY), $query);
        $userId = (string) ($query['user'] ?? 'anonymous');

        $lookup = $this->tracer->startSpan('redis GET', SpanKind::CLIENT, $server->getContext())
            ->setAttribute('db.system', 'redis')
            ->setAttribute('db.statement', sprintf('GET flags:%s:override:%s', $flagKey, $userId));
        $flag = $this->store->get($flagKey);
        $lookup->end();

        $evaluate = $this->tracer->startSpan('flag.evaluate', SpanKind::INTERNAL, $server->getContext())
            ->setAttribute('feature_flag.key', $flagKey)
            ->setAttribute('feature_flag.user', $userId);
        $enabled = $flag !== null && $flag['enabled'] && (crc32($flagKey . $userId) % 100) < $flag['rollout'];
        $evaluate->addEvent('evaluated', ['variant' => $enabled ? 'on' : 'off']);
        $evaluate->end();

        $status = $flag === null ? 404 : 200;
        $server->setAttribute('http.status_code', $status)->setStatus($status >= 400 ? 2 : 1);
        $server->end();

        return new Response($status, ['content-type' => 'application/json'], json_encode(['enabled' => $enabled]));
    }
}

$exporter = new OtlpHttpExporter('http://otel-collector:4318/v1/traces');
$processor = new TailSamplingProcessor($exporter);
$tracer = new Tracer('flags-api', $processor, new RandomIdGenerator());
$server = new HttpServer(new FlagEndpoint($tracer, new FlagStore()));

$flagKeys = ['new-checkout', 'dark-mode', 'search-v2'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $traceparent = sprintf('00-%s-%s-01', md5('trace' . $i), substr(sha1('edge' . $i), 0, 16));
    $request = new ServerRequest(
        'GET',
        sprintf('/v1/flags/%s?user=u%d', $flagKeys[$i % 3], 10000 + $i * 7),
        ['traceparent' => $traceparent, 'user-agent' => 'edge-gateway/2.4 (+pool-' . ($i % 4) . ')'],
    );
    $server->emit($request);
}
