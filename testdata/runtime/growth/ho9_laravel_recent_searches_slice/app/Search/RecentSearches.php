<?php

namespace App\Search;

final class SearchEntry
{
    public function __construct(public readonly string $term, public readonly array $filters, public readonly int $hits) {}
}

final class RecentSearches
{
    /** @var SearchEntry[] */
    private array $entries = [];

    public function __construct(private int $keep) {}

    /** @return SearchEntry[] the newest entries, for the "recent searches" sidebar */
    public function remember(SearchEntry $entry): array
    {
        $this->entries[] = $entry; // leak
        return array_slice($this->entries, -$this->keep);
    }
}
