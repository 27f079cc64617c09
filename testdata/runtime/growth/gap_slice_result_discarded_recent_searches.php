<?php
// A search service keeps the last 20 queries for autocomplete, but calls array_slice($this->recent, -20) without assigning the result, so the list is never trimmed.

final class SearchService
{
    private const RECENT_LIMIT = 20;
    /** @var list<array{q: string, hits: int, at: float}> */
    private array $recent = [];

    public function search(string $query, array $catalog): array
    {
        $hits = array_values(array_filter($catalog, static fn (string $title): bool => stripos($title, $query) !== false));
        $this->recent[] = ['q' => $query, 'hits' => count($hits), 'at' => microtime(true)]; // leak
        array_slice($this->recent, -self::RECENT_LIMIT);
        return $hits;
    }

    public function suggestions(string $prefix): array
    {
        return array_column(array_filter($this->recent, static fn (array $r): bool => str_starts_with($r['q'], $prefix)), 'q');
    }
}

$catalog = ['Blue running shoes', 'Red rain jacket', 'Trail running socks', 'Wool beanie', 'Camping stove'];
$search = new SearchService();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $search->search("running shoes size {$i} " . str_repeat('waterproof ', 50), $catalog);
}
