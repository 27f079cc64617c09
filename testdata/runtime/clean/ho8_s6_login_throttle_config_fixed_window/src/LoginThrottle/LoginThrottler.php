<?php
namespace App\LoginThrottle;

final class LoginThrottler
{
    /** @var list<int> attempt counters per hashed client IP slot for the current window */
    private array $counters;
    private int $windowStart;

    public function __construct(private int $maxAttempts, private int $interval, private int $slots)
    {
        $this->counters = array_fill(0, $slots, 0);
        $this->windowStart = time();
    }

    public function hit(string $ip, string $username, string $userAgent): bool
    {
        $now = time();
        if ($now - $this->windowStart >= $this->interval) {
            $this->counters = array_fill(0, $this->slots, 0);
            $this->windowStart = $now;
        }
        $slot = crc32($ip) % $this->slots;
        $this->counters[$slot]++;

        return $this->counters[$slot] <= $this->maxAttempts;
    }
}
