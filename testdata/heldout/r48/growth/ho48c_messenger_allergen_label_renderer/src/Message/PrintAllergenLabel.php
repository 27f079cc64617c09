<?php

namespace App\Message;

final class PrintAllergenLabel
{
    /** @param list<string> $allergens */
    public function __construct(
        public readonly int $pantryId,
        public readonly string $sku,
        public readonly string $productName,
        public readonly string $lotNumber,
        public readonly string $bestBefore,
        public readonly array $allergens,
        public readonly string $packedBy,
    ) {
    }
}
