<?php

namespace App\Sms;

final class PendingSubmission
{
    public function __construct(
        public readonly string $connection,
        public readonly string $messageId,
        public readonly string $clientRef,
        public readonly string $source,
        public readonly string $destination,
        public readonly string $body,
        public readonly int $parts,
        public readonly float $submittedAt,
        public readonly array $tags = [],
    ) {
    }
}
