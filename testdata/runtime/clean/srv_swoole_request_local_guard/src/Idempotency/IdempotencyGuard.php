<?php

namespace App\Idempotency;

final class IdempotencyGuard
{
    /** @var array<string, array{fingerprint: string, payload: array, at: int}> */
    private array $seen = [];

    public function remember(string $key, array $payload, int $at): bool
    {
        if (isset($this->seen[$key])) {
            return false;
        }
        $this->seen[$key] = ['fingerprint' => sha1(serialize($payload)), 'payload' => $payload, 'at' => $at];

        return true;
    }

    public function wasSeen(string $key): bool
    {
        return isset($this->seen[$key]);
    }
}
