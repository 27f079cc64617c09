<?php

declare(strict_types=1);

namespace App\Services;

final class PickLine
{
    public function __construct(
        public readonly string $location,
        public readonly string $sku,
        public readonly int $quantity,
        public readonly string $picker,
        public readonly string $tote,
        public readonly string $confirmedAt,
    ) {
    }
}
