<?php

namespace App\PunchList;

final class PunchItem
{
    private ?PunchItemCollection $list = null;

    public function __construct(
        public readonly string $ref,
        public readonly string $area,
        public readonly string $trade,
        public readonly string $description,
        public readonly string $raisedBy,
        public readonly \DateTimeImmutable $raisedAt,
    ) {
    }

    /** Called by the collection that takes ownership of the item. */
    public function belongsTo(PunchItemCollection $list): void
    {
        $this->list = $list;
    }

    public function position(): int
    {
        return $this->list?->indexOf($this) ?? -1;
    }
}
