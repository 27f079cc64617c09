<?php

namespace App\Routing;

final class InboundTicket
{
    public function __construct(
        public readonly int $id,
        public readonly string $requesterEmail,
        public readonly string $department,
        public readonly string $channel,
        public readonly string $subject,
        public readonly string $priority,
    ) {
    }

    public static function fromPayload(array $payload): self
    {
        return new self(
            (int) $payload['ticket_id'],
            trim((string) $payload['requester']),
            (string) ($payload['department'] ?? 'general'),
            (string) ($payload['channel'] ?? 'email'),
            (string) $payload['subject'],
            (string) ($payload['priority'] ?? 'normal'),
        );
    }
}
