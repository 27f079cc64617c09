<?php

namespace App\Search;

final class SearchQuery
{
    private ?Paginator $paginator = null;
    private array $hits;

    public function __construct(public readonly string $terms, array $index)
    {
        $this->hits = array_values(array_filter($index, fn (string $doc) => str_contains($doc, strtok($terms, ' '))));
    }

    public function paginate(int $page, int $perPage = 10): Paginator
    {
        return $this->paginator = $this->newPaginator($page, $perPage);
    }

    private function newPaginator(int $page, int $perPage): Paginator
    {
        $paginator = new Paginator($perPage, $page);
        $paginator->setTotal($this->countHits());
        return $paginator;
    }

    public function countHits(): int
    {
        return count($this->hits);
    }
}
