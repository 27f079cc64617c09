<?php

namespace App\Message;

final class SyncProductStock
{
    public function __construct(
        public readonly string $sku,
        public readonly string $warehouse,
        public readonly int $onHand,
        public readonly string $erpDocument,
    ) {
    }
}
