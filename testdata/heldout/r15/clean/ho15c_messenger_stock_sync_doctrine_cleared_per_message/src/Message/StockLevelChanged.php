<?php

declare(strict_types=1);

namespace App\Message;

final class StockLevelChanged
{
    public function __construct(
        public readonly int $productId,
        public readonly string $warehouse,
        public readonly int $newLevel,
        public readonly string $erpReference,
    ) {
    }
}
