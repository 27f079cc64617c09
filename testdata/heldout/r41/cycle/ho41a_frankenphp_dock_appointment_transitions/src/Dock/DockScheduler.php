<?php

namespace App\Dock;

final class DockScheduler
{
    /** @var array<int, int> door => last booked slot start */
    private array $lastSlotByDoor = [];

    public function __construct(private int $doors, private int $turnaroundSeconds)
    {
    }

    public function book(array $input, int $door): DockAppointment
    {
        if ($door < 1 || $door > $this->doors) {
            throw new \InvalidArgumentException('No such dock door');
        }

        $appointment = new DockAppointment(
            $door,
            $input['carrier'],
            $input['trailer'],
            $input['po'],
            (int) $input['pallets'],
            (int) $input['slot_start'],
            $input['driver_note'],
        );
        $this->lastSlotByDoor[$door] = $appointment->slotStart;

        return $appointment;
    }

    public function simulateTurnaround(DockAppointment $appointment): void
    {
        $t = $appointment->slotStart;
        $appointment->apply('arrive', $t + 300);
        $appointment->apply('unload', $t + 900);
        $appointment->apply('depart', $t + $this->turnaroundSeconds);
    }
}
