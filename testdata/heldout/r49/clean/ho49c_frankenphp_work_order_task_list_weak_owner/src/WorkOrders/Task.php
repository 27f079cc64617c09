<?php

namespace App\WorkOrders;

final class Task
{
    public int $sequence = 0;
    public string $status = 'pending';

    public function __construct(
        public readonly string $code,
        public readonly string $description,
        public readonly string $crew,
        public readonly float $estimatedHours,
    ) {
    }
}
