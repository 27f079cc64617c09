<?php

namespace App\Roster;

final class ShiftRoster
{
    /** @var list<ShiftSlot> */
    private array $slots = [];

    public function __construct(public readonly int $pantryId, public readonly string $date)
    {
    }

    public function addSlot(string $volunteer, string $role, string $start, string $end): ShiftSlot
    {
        $slot = new ShiftSlot($this, $volunteer, $role, $start, $end);
        $this->slots[] = $slot; // leak

        return $slot;
    }

    /** @return list<ShiftSlot> */
    public function slots(): array
    {
        return $this->slots;
    }

    public function hoursCovered(): float
    {
        return array_sum(array_map(fn (ShiftSlot $s) => $s->hours(), $this->slots));
    }
}
