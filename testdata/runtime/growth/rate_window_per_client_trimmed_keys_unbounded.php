<?php
// A limiter service keeps each client's last 20 request times and trims
// the window after every hit. The windows are bounded; the clients are
// not: every new client adds a window, and nothing ever removes one.

final class SlidingWindowLimiter
{
    /** @var array<string, list<array{float, string}>> */
    private array $windows = [];

    public function hit(string $client, string $path): bool
    {
        $this->windows[$client][] = [microtime(true), $path . str_repeat(' ', 400)]; // leak
        while (count($this->windows[$client]) > 20) {
            array_shift($this->windows[$client]);
        }
        return count($this->windows[$client]) <= 20;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$limiter = new SlidingWindowLimiter();
for ($i = 0; $i < $n; $i++) {
    $client = long2ip(0x0A000000 + $i);
    $limiter->hit($client, "/api/items/{$i}");
}
