<?php
// A latency tracker keeps the last 20 timings per route; it reaches each
// route's list through a reference and shifts the oldest out once the list
// is longer than its window.

final class LatencyTracker
{
    /** @var array<string, list<array{float, string}>> */
    private array $recent = [];

    public function record(string $route, float $ms, string $requestId): void
    {
        $list = &$this->recent[$route];
        $list[] = [$ms, $requestId . str_repeat('.', 600)];
        if (count($list) > 20) {
            array_shift($list);
        }
        unset($list);
    }

    public function p50(string $route): float
    {
        $times = array_column($this->recent[$route] ?? [], 0);
        sort($times);
        return $times[intdiv(count($times), 2)] ?? 0.0;
    }
}

$routes = ['home', 'search', 'checkout', 'account'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracker = new LatencyTracker();
for ($i = 0; $i < $n; $i++) {
    $route = $routes[$i % count($routes)];
    $tracker->record($route, 10.0 + $i % 7, bin2hex(random_bytes(8)));
    $tracker->p50($route);
}
