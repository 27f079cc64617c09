<?php
// A limiter service keeps the last 20 request times of each API plan and
// trims the window after every hit. There are three plans, so three
// windows, each bounded.

final class SlidingWindowLimiter
{
    private const PLANS = ['free', 'team', 'enterprise'];

    /** @var array<string, list<array{float, string}>> */
    private array $windows = [];

    public function hit(string $plan, string $path): bool
    {
        if (!in_array($plan, self::PLANS, true)) {
            $plan = 'free';
        }
        $this->windows[$plan][] = [microtime(true), $path . str_repeat(' ', 400)];
        while (count($this->windows[$plan]) > 20) {
            array_shift($this->windows[$plan]);
        }
        return count($this->windows[$plan]) <= 20;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$plans = ['free', 'team', 'enterprise', 'trial'];
$limiter = new SlidingWindowLimiter();
for ($i = 0; $i < $n; $i++) {
    $limiter->hit($plans[$i % 4], "/api/items/{$i}");
}
