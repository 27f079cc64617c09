<?php

namespace App\Message;

final class SendShiftReminder
{
    public function __construct(
        public readonly int $volunteerId,
        public readonly string $shiftId,
        public readonly string $siteName,
        public readonly int $startsAt,
        public readonly string $role,
    ) {
    }
}
