<?php
declare(strict_types=1);

namespace Shop\Tracing;

/**
 * Keeps the last CAPACITY finished spans for the /_debug/traces page.
 */
final class RecentSpans implements \Countable
{
    public const CAPACITY = 64;

    /** @var array<int,Span> */
    private array $slots = [];
    private int $written = 0;

    public function push(Span $span): void
    {
        $this->slots[] = $span; // leak
        if (count($this->slots) > self::CAPACITY) {
            unset($this->slots[$this->written % self::CAPACITY]);
        }
        $this->written++;
    }

    /** @return list<Span> */
    public function latest(int $limit = 10): array
    {
        return array_slice(array_values($this->slots), -$limit);
    }

    public function count(): int
    {
        return count($this->slots);
    }
}
