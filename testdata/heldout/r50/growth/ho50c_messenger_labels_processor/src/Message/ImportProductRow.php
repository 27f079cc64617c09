<?php

namespace App\Message;

final class ImportProductRow
{
    public function __construct(
        public readonly string $batchId,
        public readonly int $row,
        public readonly string $sku,
        public readonly string $name,
        public readonly int $priceCents,
        public readonly array $attributes,
    ) {
    }
}
