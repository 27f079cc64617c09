<?php

declare(strict_types=1);

namespace App\Scheduling;

/**
 * Clinician availability grid (15-minute telehealth slots). Slot rows are read
 * per lookup; only the confirmation counter lives in the worker.
 */
final class SlotInventory
{
    private int $confirmed = 0;

    /** @param array<string, array{0: string, 1: string}> $rosters clinician id => [first slot, last slot] */
    public function __construct(private readonly array $rosters, private readonly \DateTimeZone $zone)
    {
    }

    public function find(string $slotId, string $visitType): Slot
    {
        [$clinicianId, $stamp] = explode('@', $slotId, 2);
        if (!isset($this->rosters[$clinicianId])) {
            throw new SlotUnavailable("Unknown clinician {$clinicianId}");
        }
        return new Slot(
            $slotId,
            $clinicianId,
            new \DateTimeImmutable($stamp, $this->zone),
            $visitType === 'follow_up' ? 15 : 30,
            $visitType,
        );
    }

    public function confirm(BookingContext $booking): string
    {
        $this->confirmed++;
        return strtoupper(substr(hash('sha1', $booking->reference . $booking->patientId), 0, 10));
    }
}
