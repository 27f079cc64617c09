<?php

declare(strict_types=1);

namespace App\RateLimit;

final class SlidingWindowLimiter
{
    /** @var array<string, list<float>> */
    private array $hits = [];

    /** @var array<string, float> */
    private array $blockedUntil = [];

    public float $sleptSeconds = 0.0;

    public function __construct(
        private readonly int $maxPerWindow,
        private readonly float $windowSeconds,
        private readonly \Closure $clock,
    ) {
    }

    public function acquire(string $bucket): void
    {
        $now = ($this->clock)();
        if (($this->blockedUntil[$bucket] ?? 0.0) > $now) {
            $this->sleptSeconds += $this->blockedUntil[$bucket] - $now;
        }
        $window = $this->hits[$bucket] ?? [];
        $window[] = $now;
        $this->hits[$bucket] = array_slice($window, -$this->maxPerWindow);
        if (count($this->hits[$bucket]) === $this->maxPerWindow
            && $now - $this->hits[$bucket][0] < $this->windowSeconds) {
            $this->sleptSeconds += $this->windowSeconds - ($now - $this->hits[$bucket][0]);
        }
    }

    public function penalize(string $bucket, int $retryAfter): void
    {
        if ($retryAfter > 0) {
            $this->blockedUntil[$bucket] = ($this->clock)() + $retryAfter;
        }
    }
}
