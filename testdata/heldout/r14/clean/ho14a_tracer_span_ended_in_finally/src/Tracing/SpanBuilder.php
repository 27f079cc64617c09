<?php

declare(strict_types=1);

namespace App\Tracing;

final class SpanBuilder
{
    private array $attributes = [];

    public function __construct(
        private readonly Tracer $tracer,
        private readonly string $name,
        private ?Span $parent,
    ) {
    }

    public function setAttribute(string $key, string|int|float|bool $value): self
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function setParent(?Span $parent): self
    {
        $this->parent = $parent;

        return $this;
    }

    public function startSpan(): Span
    {
        $span = new Span($this->tracer, $this->name, $this->parent, $this->attributes);
        $span->start();

        return $span;
    }
}
