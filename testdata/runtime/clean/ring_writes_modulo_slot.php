<?php
// The same buffer writes the slot at written % 32 itself: it holds 32
// spans at most.

final class Span
{
    public function __construct(public readonly string $name, public readonly string $attributes)
    {
    }
}

final class RecentSpans
{
    private const CAPACITY = 32;
    private array $slots = [];
    private int $written = 0;

    public function push(Span $span): void
    {
        $this->slots[$this->written % self::CAPACITY] = $span;
        $this->written++;
    }
}

final class Tracer
{
    public function __construct(private RecentSpans $recent)
    {
    }

    public function finish(string $name, array $attributes): void
    {
        $this->recent->push(new Span($name, json_encode($attributes)));
    }
}

$tracer = new Tracer(new RecentSpans());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tracer->finish('checkout', ['order' => 'ORD-' . $i, 'agent' => str_repeat('Mozilla/5.0 ', 40)]);
}
