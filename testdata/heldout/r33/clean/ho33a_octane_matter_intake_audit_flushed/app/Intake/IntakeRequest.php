<?php

namespace App\Intake;

final class IntakeRequest
{
    public function __construct(
        public readonly string $clientName,
        public readonly string $matterType,
        public readonly string $practiceGroup,
        public readonly string $summary,
        public readonly string $referredBy,
        public readonly int $receivedAt,
    ) {
    }

    public static function fromPayload(array $payload): self
    {
        return new self(
            trim($payload['client_name']),
            strtolower($payload['matter_type']),
            $payload['practice_group'],
            trim($payload['summary']),
            $payload['referred_by'] ?? 'web',
            $payload['received_at'],
        );
    }
}
