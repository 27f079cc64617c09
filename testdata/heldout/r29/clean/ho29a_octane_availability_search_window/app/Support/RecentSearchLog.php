<?php

namespace App\Support;

use App\Dto\SearchCriteria;

/**
 * Keeps the last searches so the results page can show
 * "You recently looked at ..." suggestions.
 */
final class RecentSearchLog
{
    /** @var list<array{criteria: SearchCriteria, at: float, results: int}> */
    private array $entries = [];

    public function __construct(private readonly int $window = 25)
    {
    }

    public function record(SearchCriteria $criteria, int $resultCount): void
    {
        $this->entries[] = [
            'criteria' => $criteria,
            'at' => microtime(true),
            'results' => $resultCount,
        ];
        if (count($this->entries) > $this->window) {
            $this->entries = array_slice($this->entries, -$this->window);
        }
    }

    /** @return list<string> */
    public function latest(): array
    {
        return array_map(
            static fn (array $e): string => $e['criteria']->summary(),
            array_reverse($this->entries),
        );
    }
}
