<?php

namespace Sentry\Tracing;

final class SpanRecorder
{
    /** @var Span[] */
    private array $spans = [];

    public function __construct(private readonly int $maxSpans = 1000)
    {
    }

    public function add(Span $span): void
    {
        if (\count($this->spans) > $this->maxSpans) {
            return;
        }

        $this->spans[] = $span;
    }

    /** @return Span[] */
    public function getSpans(): array
    {
        return $this->spans;
    }
}
