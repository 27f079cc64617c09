<?php

declare(strict_types=1);

namespace App\Scheduling;

final class Slot
{
    public function __construct(
        public readonly string $id,
        public readonly string $clinicianId,
        public readonly \DateTimeImmutable $startsAt,
        public readonly int $minutes,
        public readonly string $visitType,
    ) {
    }

    public function endsAt(): \DateTimeImmutable
    {
        return $this->startsAt->modify(sprintf('+%d minutes', $this->minutes));
    }
}
