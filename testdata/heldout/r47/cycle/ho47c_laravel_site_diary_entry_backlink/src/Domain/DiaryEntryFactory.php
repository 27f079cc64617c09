<?php

namespace App\Domain;

final class DiaryEntryFactory
{
    public function __construct(private array $trades)
    {
    }

    public function make(SiteDiary $diary, array $row): DiaryEntry
    {
        $trade = in_array($row['trade'], $this->trades, true) ? $row['trade'] : 'general';

        return new DiaryEntry(
            diary: $diary,
            trade: $trade,
            workers: (int) $row['workers'],
            hours: (float) $row['hours'],
            narrative: trim($row['narrative']),
        );
    }
}
