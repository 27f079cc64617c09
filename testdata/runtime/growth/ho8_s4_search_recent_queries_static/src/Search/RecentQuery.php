<?php
namespace App\Search;

final class RecentQuery
{
    public function __construct(
        public readonly string $term,
        public readonly array $filters,
        public readonly string $userId,
        public readonly int $hits,
        public readonly \DateTimeImmutable $searchedAt,
    ) {}
}
