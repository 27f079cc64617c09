<?php

namespace App\Search;

final class Paginator
{
    private ?SearchQuery $query = null;

    public function __construct(public readonly int $perPage, public readonly int $page) {}

    public function setQuery(SearchQuery $query): void
    {
        $this->query = $query; // leak
    }

    public function offset(): int
    {
        return ($this->page - 1) * $this->perPage;
    }

    public function pageCount(): int
    {
        return (int) ceil($this->query->countHits() / $this->perPage);
    }
}
