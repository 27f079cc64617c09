<?php

namespace App\Search;

final class Paginator
{
    private int $total = 0;

    public function __construct(public readonly int $perPage, public readonly int $page) {}

    public function setTotal(int $total): void
    {
        $this->total = $total;
    }

    public function offset(): int
    {
        return ($this->page - 1) * $this->perPage;
    }

    public function pageCount(): int
    {
        return (int) ceil($this->total / $this->perPage);
    }
}
