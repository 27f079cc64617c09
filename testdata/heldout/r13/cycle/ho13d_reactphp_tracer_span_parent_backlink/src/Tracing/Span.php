<?php

declare(strict_types=1);

namespace App\Tracing;

final class Span
{
    /** @var list<Span> */
    private array $children = [];

    /** @var array<string, scalar> */
    private array $attributes = [];

    private ?float $endTime = null;

    public readonly float $startTime;

    public function __construct(
        private readonly Tracer $tracer,
        public readonly string $name,
        public readonly string $traceId,
        public readonly string $spanId,
        private readonly ?Span $parent = null, // leak
    ) {
        $this->startTime = microtime(true);
    }

    public function startChild(string $name): Span
    {
        $child = new Span($this->tracer, $name, $this->traceId, $this->tracer->nextSpanId(), $this);
        $this->children[] = $child; // leak

        return $child;
    }

    public function setAttribute(string $key, string|int|float|bool $value): self
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function end(): void
    {
        $this->endTime = microtime(true);
        $this->tracer->processor()->onEnd($this);
    }

    public function parentSpanId(): ?string
    {
        return $this->parent?->spanId;
    }

    public function toOtlp(): array
    {
        return [
            'traceId' => $this->traceId,
            'spanId' => $this->spanId,
            'parentSpanId' => $this->parentSpanId(),
            'name' => $this->name,
            'startTimeUnixNano' => (int) ($this->startTime * 1e9),
            'endTimeUnixNano' => (int) (($this->endTime ?? $this->startTime) * 1e9),
            'attributes' => $this->attributes,
            'childCount' => count($this->children),
        ];
    }
}
