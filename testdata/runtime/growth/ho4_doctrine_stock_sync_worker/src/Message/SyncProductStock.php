<?php

declare(strict_types=1);

namespace App\Message;

final class SyncProductStock
{
    public function __construct(
        public readonly int $productId,
        public readonly int $delta,
        public readonly string $source,
    ) {
    }
}
