<?php

namespace App\Domain;

final class DiaryEntry
{
    public function __construct(
        private SiteDiary $diary, // leak
        public readonly string $trade,
        public readonly int $workers,
        public readonly float $hours,
        public readonly string $narrative,
    ) {
    }

    public function key(): string
    {
        return $this->diary->reference() . '#' . $this->trade;
    }

    public function toLine(): string
    {
        return sprintf('%s | %-11s | %2d x %.1fh | %s', $this->key(), $this->trade, $this->workers, $this->hours, $this->narrative);
    }
}
