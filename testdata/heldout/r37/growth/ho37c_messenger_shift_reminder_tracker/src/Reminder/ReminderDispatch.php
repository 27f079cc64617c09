<?php

namespace App\Reminder;

final class ReminderDispatch
{
    public ?string $providerMessageId = null;

    public function __construct(
        public readonly string $channel,
        public readonly string $recipient,
        public readonly string $body,
        public readonly int $volunteerId,
        public readonly string $shiftId,
    ) {
    }
}
