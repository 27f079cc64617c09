<?php

declare(strict_types=1);

namespace App\Tracing;

final class Span
{
    public readonly string $spanId;
    private int $startNs = 0;
    private int $endNs = 0;
    /** @var list<array{string, array}> */
    private array $events = [];

    public function __construct(
        private readonly Tracer $tracer,
        public readonly string $name,
        public readonly ?Span $parent,
        private array $attributes,
    ) {
        $this->spanId = bin2hex(random_bytes(8));
    }

    public function start(): void
    {
        $this->startNs = hrtime(true);
        $this->tracer->register($this);
    }

    public function addEvent(string $name, array $attributes = []): void
    {
        $this->events[] = [$name, $attributes];
    }

    public function setAttribute(string $key, string|int|float|bool $value): void
    {
        $this->attributes[$key] = $value;
    }

    public function end(): void
    {
        $this->endNs = hrtime(true);
        $this->tracer->unregister($this);
    }

    public function toArray(): array
    {
        return [
            'name' => $this->name,
            'span_id' => $this->spanId,
            'parent_id' => $this->parent?->spanId,
            'duration_ns' => $this->endNs - $this->startNs,
            'attributes' => $this->attributes,
            'events' => $this->events,
        ];
    }
}
