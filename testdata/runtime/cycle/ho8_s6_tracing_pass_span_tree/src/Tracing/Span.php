<?php
namespace App\Tracing;

final class Span
{
    /** @var list<Span> */
    private array $children = [];
    private ?float $endedAt = null;
    private float $startedAt;

    public function __construct(
        public readonly string $name,
        public readonly array $attributes = [],
        private ?Span $parent = null, // leak
    ) {
        $this->startedAt = microtime(true);
        if ($parent !== null) {
            $parent->children[] = $this; // leak
        }
    }

    public function child(string $name, array $attributes = []): Span
    {
        return new Span($name, $attributes, $this);
    }

    public function end(): void
    {
        $this->endedAt = microtime(true);
    }

    public function export(): array
    {
        return ['name' => $this->name, 'parent' => $this->parent?->name, 'ms' => (($this->endedAt ?? microtime(true)) - $this->startedAt) * 1000, 'children' => array_map(fn (Span $s) => $s->export(), $this->children)];
    }
}
