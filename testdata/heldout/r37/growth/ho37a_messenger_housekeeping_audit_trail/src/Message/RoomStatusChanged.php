<?php

namespace App\Message;

final class RoomStatusChanged
{
    public function __construct(
        public readonly string $roomNumber,
        public readonly string $previousStatus,
        public readonly string $newStatus,
        public readonly string $attendantId,
        public readonly \DateTimeImmutable $changedAt,
        public readonly string $note,
    ) {
    }
}
