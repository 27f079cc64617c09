<?php
// A "last 32 spans" buffer appends each span and, once it holds more
// than 32, unsets the slot at written % 32. Appended spans are numbered
// 32, 33, 34, …: after the first 32 unsets the slot named is already
// gone, and every later span stays.

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
        $this->slots[] = $span; // leak
        if (count($this->slots) > self::CAPACITY) {
            unset($this->slots[$this->written % self::CAPACITY]);
        }
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
