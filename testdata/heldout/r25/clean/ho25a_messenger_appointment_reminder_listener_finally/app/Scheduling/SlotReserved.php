<?php

declare(strict_types=1);

namespace App\Scheduling;

final class SlotReserved
{
    public function __construct(
        public readonly string $appointmentId,
        public readonly string $providerId,
        public readonly \DateTimeImmutable $start,
        public readonly \DateTimeImmutable $end,
    ) {
    }
}
