<?php
declare(strict_types=1);

namespace Shop\Tracing;

final class Span
{
    /** @var array<string,string|int> */
    public array $attributes = [];
    public ?float $endedAt = null;

    public function __construct(
        public readonly string $traceId,
        public readonly string $spanId,
        public readonly string $name,
        public readonly float $startedAt,
    ) {
    }

    public function setAttribute(string $key, string|int $value): self
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function end(): void
    {
        $this->endedAt = microtime(true);
    }
}
