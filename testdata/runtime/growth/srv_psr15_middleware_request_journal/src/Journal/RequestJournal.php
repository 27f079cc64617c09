<?php

namespace App\Journal;

final class RequestJournal
{
    /** @var list<JournalEntry> */
    private array $entries = [];

    public function append(JournalEntry $entry): void
    {
        $this->entries[] = $entry; // leak
    }

    /**
     * @return list<JournalEntry>
     */
    public function tail(int $count): array
    {
        return array_slice($this->entries, -$count);
    }
}
