<?php
// Static state is written on every call but only overwritten: the last request and a counter.

final class RequestStats
{
    private static ?array $lastRequest = null;
    private static int $count = 0;
    private static float $totalMs = 0.0;

    public static function record(array $request, float $ms): void
    {
        self::$lastRequest = $request;
        self::$count++;
        self::$totalMs += $ms;
    }

    public static function average(): float
    {
        return self::$count === 0 ? 0.0 : self::$totalMs / self::$count;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    RequestStats::record(['uri' => "/items/{$i}", 'body' => str_repeat('b', 300)], 1.5 + $i % 7);
}
RequestStats::average();
