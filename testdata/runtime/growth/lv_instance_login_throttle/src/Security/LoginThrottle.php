<?php

namespace App\Security;

final class LoginThrottle
{
    /** @var array<string, list<LoginAttempt>> */
    private array $attempts = [];

    public function __construct(private int $maxAttempts, private int $decaySeconds)
    {
    }

    public function hit(string $email, LoginAttempt $attempt): void
    {
        $this->attempts[strtolower($email)][] = $attempt; // leak
    }

    public function tooManyAttempts(string $email): bool
    {
        $recent = array_filter($this->attempts[strtolower($email)] ?? [], fn (LoginAttempt $a): bool => $a->at > time() - $this->decaySeconds);

        return count($recent) >= $this->maxAttempts;
    }
}
