<?php
// A navigation history keeps the latest page first in a static linked
// list; it is meant to keep ten, but nothing trims it.

final class Visit
{
    public function __construct(public readonly string $url, public readonly string $title) {}
}

final class History
{
    private static ?SplDoublyLinkedList $visits = null;

    public static function record(Visit $v): void
    {
        self::$visits ??= new SplDoublyLinkedList();
        self::$visits->unshift($v); // leak
    }

    public static function latest(): ?Visit
    {
        return self::$visits !== null && self::$visits->count() > 0 ? self::$visits->offsetGet(0) : null;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    History::record(new Visit("/page/{$i}", str_repeat('t', 600)));
    History::latest();
}
