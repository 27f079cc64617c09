<?php

declare(strict_types=1);

namespace App\Scheduling;

/**
 * One booking attempt: the slots held for a patient while the job confirms them.
 */
final class BookingContext
{
    private \SplObjectStorage $holds;

    public function __construct(
        public readonly string $reference,
        public readonly string $patientId,
        public readonly \DateTimeImmutable $requestedAt,
    ) {
        $this->holds = new \SplObjectStorage();
    }

    public function hold(Slot $slot, int $holdMinutes = 10): SlotHold
    {
        $hold = new SlotHold($slot, $this->reference, $this->patientId, $this->requestedAt->modify(sprintf('+%d minutes', $holdMinutes)));
        $this->holds->attach($hold);
        return $hold;
    }

    public function totalMinutes(): int
    {
        $minutes = 0;
        foreach ($this->holds as $hold) {
            $minutes += $hold->slot->minutes;
        }
        return $minutes;
    }

    /** @return list<SlotHold> */
    public function holds(): array
    {
        return iterator_to_array($this->holds, false);
    }
}
