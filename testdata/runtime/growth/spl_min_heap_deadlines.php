<?php
// A request tracker keeps each request's deadline in a process-wide
// min-heap to find the next expiry; nothing ever takes them out.

final class Deadline
{
    public function __construct(public readonly float $at, public readonly string $requestId, public readonly array $context) {}
}

final class DeadlineHeap extends SplMinHeap
{
    protected function compare(mixed $a, mixed $b): int
    {
        return $b->at <=> $a->at;
    }
}

final class Tracker
{
    private static ?DeadlineHeap $deadlines = null;

    public static function track(string $requestId, array $context): void
    {
        self::$deadlines ??= new DeadlineHeap();
        self::$deadlines->insert(new Deadline(microtime(true) + 30.0, $requestId, $context)); // leak
    }

    public static function next(): ?Deadline
    {
        return self::$deadlines?->isEmpty() === false ? self::$deadlines->top() : null;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    Tracker::track(bin2hex(random_bytes(8)), ['path' => "/orders/{$i}", 'body' => str_repeat('b', 500)]);
    Tracker::next();
}
