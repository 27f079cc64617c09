<?php

namespace App\Security;

final class AuditEntry
{
    public function __construct(
        public readonly string $type,
        public readonly string $email,
        public readonly string $ip,
        public readonly string $detail,
    ) {}
}

final class AuthAuditTrail
{
    private const CAPACITY = 200;

    private \SplQueue $entries;

    public function __construct()
    {
        $this->entries = new \SplQueue();
    }

    public function recordLogin(string $email, string $ip, string $userAgent, bool $success): void
    {
        $this->entries->enqueue(new AuditEntry('attempt', $email, $ip, $userAgent)); // leak
        $this->entries->enqueue(new AuditEntry($success ? 'success' : 'failure', $email, $ip, ($success ? 'session issued' : 'bad credentials') . ' via ' . $userAgent)); // leak
        if ($this->entries->count() > self::CAPACITY) {
            $this->entries->dequeue();
        }
    }

    public function failuresFrom(string $ip): int
    {
        $failures = 0;
        foreach ($this->entries as $entry) {
            $failures += $entry->type === 'failure' && $entry->ip === $ip ? 1 : 0;
        }
        return $failures;
    }
}
