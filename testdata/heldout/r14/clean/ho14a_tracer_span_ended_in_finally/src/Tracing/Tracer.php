<?php

declare(strict_types=1);

namespace App\Tracing;

final class Tracer
{
    /** @var \SplObjectStorage<Span, null> spans started and not yet ended */
    private \SplObjectStorage $active;
    private ?Span $current = null;

    public function __construct(private readonly BatchExporter $exporter)
    {
        $this->active = new \SplObjectStorage();
    }

    public function spanBuilder(string $name): SpanBuilder
    {
        return new SpanBuilder($this, $name, $this->current);
    }

    /** @internal called by Span::start() */
    public function register(Span $span): void
    {
        $this->active->attach($span);
        $this->current = $span;
    }

    /** @internal called by Span::end() */
    public function unregister(Span $span): void
    {
        $this->active->detach($span);
        if ($this->current === $span) {
            $this->current = $span->parent;
        }
        $this->exporter->export($span->toArray());
    }

    public function activeCount(): int
    {
        return $this->active->count();
    }
}
