<?php

namespace App\Search;

final class SearchHistory
{
    /** @var list<array{q: string, at: int}> */
    private array $recent = [];

    public function remember(string $q, int $at): void
    {
        $this->recent[] = ['q' => $q, 'at' => $at];
        if (count($this->recent) > 20) {
            array_shift($this->recent);
        }
    }

    public function last(): ?array
    {
        return $this->recent[array_key_last($this->recent)] ?? null;
    }
}

final class SearchController
{
    public function __construct(private SearchHistory $history)
    {
    }

    public function show(array $query): array
    {
        $q = trim($query['q'] ?? '');
        $this->history->remember($q, $query['t']);

        return ['q' => $q, 'hits' => strlen($q) % 7, 'previous' => $this->history->last()];
    }
}
