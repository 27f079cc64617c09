<?php

declare(strict_types=1);

namespace App\Message;

final class BookAppointment
{
    /** @param list<string> $reminderChannels */
    public function __construct(
        public readonly string $requestId,
        public readonly string $patientId,
        public readonly string $providerId,
        public readonly string $clinicId,
        public readonly \DateTimeImmutable $requestedStart,
        public readonly int $durationMinutes,
        public readonly string $visitReason,
        public readonly string $contactEmail,
        public readonly string $contactPhone,
        public readonly array $reminderChannels,
    ) {
    }
}
