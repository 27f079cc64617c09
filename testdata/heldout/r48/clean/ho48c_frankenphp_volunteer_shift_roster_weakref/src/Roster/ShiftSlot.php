<?php

namespace App\Roster;

final class ShiftSlot
{
    /** @var \WeakReference<ShiftRoster> the roster owns its slots; a slot only points back weakly */
    private \WeakReference $roster;

    public function __construct(
        ShiftRoster $roster,
        public readonly string $volunteer,
        public readonly string $role,
        public readonly string $start,
        public readonly string $end,
    ) {
        $this->roster = \WeakReference::create($roster);
    }

    public function hours(): float
    {
        return (strtotime($this->end) - strtotime($this->start)) / 3600;
    }

    public function label(): string
    {
        $roster = $this->roster->get();

        return sprintf('%s — %s, pantry %d on %s, %s–%s', $this->volunteer, $this->role,
            $roster?->pantryId ?? 0, $roster?->date ?? '?', $this->start, $this->end);
    }
}
