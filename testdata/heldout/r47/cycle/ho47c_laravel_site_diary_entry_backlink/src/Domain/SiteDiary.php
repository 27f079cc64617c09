<?php

namespace App\Domain;

/**
 * Aggregate for one site's daily diary. Entries are created through the
 * factory so that the entry can report which diary (site/date) it belongs to.
 */
final class SiteDiary
{
    /** @var array<string, DiaryEntry> */
    private array $entries = [];

    public function __construct(
        public readonly string $siteCode,
        public readonly string $date,
        public readonly string $weather,
        private DiaryEntryFactory $factory,
    ) {
    }

    public function reference(): string
    {
        return $this->siteCode . '/' . $this->date;
    }

    public function record(array $row): DiaryEntry
    {
        return $this->attach($this->factory->make($this, $row));
    }

    private function attach(DiaryEntry $entry): DiaryEntry
    {
        $this->entries[$entry->key()] = $entry; // leak
        return $entry;
    }

    /** @return array<string, DiaryEntry> */
    public function entries(): array
    {
        return $this->entries;
    }

    public function labourHours(): float
    {
        $total = 0.0;
        foreach ($this->entries as $entry) {
            $total += $entry->workers * $entry->hours;
        }
        return $total;
    }
}
