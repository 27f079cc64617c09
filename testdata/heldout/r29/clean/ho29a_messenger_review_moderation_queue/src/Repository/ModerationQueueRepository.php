<?php

namespace App\Repository;

use App\Entity\Review;

final class ModerationQueueRepository
{
    /** @var array<int, array<string, int>> decisions per property (the portfolio is fixed) */
    private array $stats = [];

    /** @var array<int, array{id: string, status: string, flags: list<string>}> */
    private array $latest = [];

    public function record(Review $review): void
    {
        $property = $review->getPropertyId();
        $this->stats[$property][$review->getStatus()] = ($this->stats[$property][$review->getStatus()] ?? 0) + 1;
        $this->latest[$property] = [
            'id' => $review->getId(),
            'status' => $review->getStatus(),
            'flags' => array_map(static fn ($f) => $f->getCode(), $review->getFlags()->toArray()),
        ];
    }
}
