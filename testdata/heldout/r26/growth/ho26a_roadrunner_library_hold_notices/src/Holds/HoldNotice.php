<?php

namespace App\Holds;

final class HoldNotice
{
    public function __construct(
        public readonly string $patronCard,
        public readonly string $patronEmail,
        public readonly string $itemTitle,
        public readonly string $branch,
        public readonly int $queuePosition,
        public readonly string $body,
        public readonly \DateTimeImmutable $placedAt,
    ) {
    }
}
