<?php

namespace App\Audit;

final class AuditEntry
{
    public function __construct(
        public readonly string $id,
        public readonly string $event,
        public readonly int $severity,
        public readonly ?int $userId,
        public readonly string $ip,
        public readonly string $userAgent,
        public readonly \DateTimeImmutable $occurredAt,
        public readonly array $metadata,
    ) {
    }

    public function toLine(): string
    {
        return json_encode([
            'id' => $this->id,
            'event' => $this->event,
            'severity' => $this->severity,
            'user_id' => $this->userId,
            'ip' => $this->ip,
            'ua' => $this->userAgent,
            'at' => $this->occurredAt->format(DATE_RFC3339_EXTENDED),
            'meta' => $this->metadata,
        ], JSON_UNESCAPED_SLASHES);
    }
}
