<?php

declare(strict_types=1);

namespace App\Scheduling;

final class SlotHold
{
    public function __construct(
        public readonly Slot $slot,
        public readonly BookingContext $booking, // leak
        public readonly \DateTimeImmutable $expiresAt,
    ) {
    }

    public function label(): string
    {
        return sprintf(
            '%s %s-%s with %s for %s (hold until %s)',
            $this->slot->startsAt->format('D M j'),
            $this->slot->startsAt->format('H:i'),
            $this->slot->endsAt()->format('H:i'),
            $this->slot->clinicianId,
            $this->booking->patientId,
            $this->expiresAt->format('H:i'),
        );
    }
}
