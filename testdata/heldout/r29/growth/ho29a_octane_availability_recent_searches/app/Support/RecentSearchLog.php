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
        $this->entries[] = [ // leak
            'criteria' => $criteria,
            'at' => microtime(true),
            'results' => $resultCount,
        ];
    }

    /** @return list<string> */
    public function latest(): array
    {
        $recent = array_slice($this->entries, -$this->window);

        return array_map(
            static fn (array $e): string => $e['criteria']->summary(),
            array_reverse($recent),
        );
    }
}
