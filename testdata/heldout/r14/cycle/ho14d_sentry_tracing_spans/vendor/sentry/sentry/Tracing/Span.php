<?php

namespace Sentry\Tracing;

class SpanContext
{
    public ?string $op = null;
    public ?string $description = null;
    public array $data = [];
    public ?float $startTimestamp = null;

    public static function make(): static
    {
        return new static();
    }

    public function setOp(string $op): static
    {
        $this->op = $op;

        return $this;
    }

    public function setDescription(string $description): static
    {
        $this->description = $description;

        return $this;
    }

    public function setData(array $data): static
    {
        $this->data = $data;

        return $this;
    }
}

class Span
{
    protected string $spanId;
    protected ?string $parentSpanId = null;
    protected string $traceId;
    protected ?string $op;
    protected ?string $description;
    protected array $data;
    protected array $tags = [];
    protected float $startTimestamp;
    protected ?float $endTimestamp = null;
    protected ?string $status = null;

    protected ?SpanRecorder $spanRecorder = null;
    protected ?Transaction $transaction = null;

    public function __construct(?SpanContext $context = null)
    {
        $this->spanId = bin2hex(random_bytes(8));
        $this->traceId = bin2hex(random_bytes(16));
        $this->op = $context?->op;
        $this->description = $context?->description;
        $this->data = $context?->data ?? [];
        $this->startTimestamp = $context?->startTimestamp ?? microtime(true);
    }

    public function startChild(SpanContext $context): self
    {
        $span = new self($context);
        $span->traceId = $this->traceId;
        $span->parentSpanId = $this->spanId;
        $span->transaction = $this->transaction; // leak
        $span->spanRecorder = $this->spanRecorder;

        if ($span->spanRecorder !== null) {
            $span->spanRecorder->add($span);
        }

        return $span;
    }

    public function setTag(string $key, string $value): static
    {
        $this->tags[$key] = $value;

        return $this;
    }

    public function setData(array $data): static
    {
        $this->data = array_merge($this->data, $data);

        return $this;
    }

    public function setStatus(string $status): static
    {
        $this->status = $status;

        return $this;
    }

    public function getTransaction(): ?Transaction
    {
        return $this->transaction;
    }

    public function finish(?float $endTimestamp = null): ?string
    {
        $this->endTimestamp = $endTimestamp ?? microtime(true);

        return null;
    }

    public function toArray(): array
    {
        return [
            'span_id' => $this->spanId,
            'parent_span_id' => $this->parentSpanId,
            'trace_id' => $this->traceId,
            'op' => $this->op,
            'description' => $this->description,
            'data' => $this->data,
            'tags' => $this->tags,
            'status' => $this->status,
            'start_timestamp' => $this->startTimestamp,
            'timestamp' => $this->endTimestamp,
        ];
    }
}
