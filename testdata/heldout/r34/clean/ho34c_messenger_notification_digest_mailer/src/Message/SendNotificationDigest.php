<?php

namespace App\Message;

final class SendNotificationDigest
{
    /** @param list<array{type: string, actor: string, target: string, at: int}> $events */
    public function __construct(
        public readonly int $userId,
        public readonly string $email,
        public readonly string $locale,
        public readonly array $events,
    ) {
    }
}
