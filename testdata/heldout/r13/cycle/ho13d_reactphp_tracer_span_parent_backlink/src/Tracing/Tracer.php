<?php

declare(strict_types=1);

namespace App\Tracing;

interface SpanExporter
{
    /** @param list<array> $spans */
    public function export(array $spans): void;
}

final class OtlpHttpExporter implements SpanExporter
{
    public int $exported = 0;

    public function __construct(private readonly string $endpoint)
    {
    }

    public function export(array $spans): void
    {
        $this->exported += strlen(json_encode(['resourceSpans' => $spans, 'endpoint' => $this->endpoint]));
    }
}

/** Queues ended spans; the app flushes at the end of every request. */
final class BatchSpanProcessor
{
    /** @var list<Span> */
    private array $queue = [];

    public function __construct(private readonly SpanExporter $exporter)
    {
    }

    public function onEnd(Span $span): void
    {
        $this->queue[] = $span;
    }

    public function forceFlush(): void
    {
        $this->exporter->export(array_map(static fn (Span $s): array => $s->toOtlp(), $this->queue));
        $this->queue = [];
    }
}

final class Tracer
{
    private int $sequence = 0;

    public function __construct(
        public readonly string $serviceName,
        private readonly BatchSpanProcessor $processor,
    ) {
    }

    public function processor(): BatchSpanProcessor
    {
        return $this->processor;
    }

    public function nextSpanId(): string
    {
        return sprintf('%016x', ++$this->sequence);
    }

    public function startRootSpan(string $name, string $traceparent): Span
    {
        $traceId = explode('-', $traceparent)[1] ?? sprintf('%032x', $this->sequence);

        return new Span($this, $name, $traceId, $this->nextSpanId());
    }
}
