<?php
namespace App\LoginThrottle;

final class LoginAttempt
{
    public function __construct(public readonly string $ip, public readonly string $username, public readonly string $userAgent, public readonly int $at) {}
}

final class LoginThrottler
{
    /** @var array<string, list<LoginAttempt>> recent attempts per client IP */
    private array $attempts = [];

    public function __construct(private int $maxAttempts, private int $interval) {}

    public function hit(string $ip, string $username, string $userAgent): bool
    {
        $now = time();
        $recent = array_values(array_filter($this->attempts[$ip] ?? [], fn (LoginAttempt $a) => $a->at > $now - $this->interval));
        $recent[] = new LoginAttempt($ip, $username, $userAgent, $now);
        $this->attempts[$ip] = $recent; // leak

        return \count($recent) <= $this->maxAttempts;
    }
}
