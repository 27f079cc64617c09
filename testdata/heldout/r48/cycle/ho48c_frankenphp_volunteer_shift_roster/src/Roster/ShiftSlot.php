<?php

namespace App\Roster;

final class ShiftSlot
{
    public function __construct(
        private ShiftRoster $roster, // leak
        public readonly string $volunteer,
        public readonly string $role,
        public readonly string $start,
        public readonly string $end,
    ) {
    }

    public function hours(): float
    {
        return (strtotime($this->end) - strtotime($this->start)) / 3600;
    }

    public function label(): string
    {
        return sprintf('%s — %s, pantry %d on %s, %s–%s', $this->volunteer, $this->role,
            $this->roster->pantryId, $this->roster->date, $this->start, $this->end);
    }
}
