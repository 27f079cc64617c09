<?php

declare(strict_types=1);

namespace App\Message;

final class ImportPriceList
{
    /**
     * @param array<string, float> $prices sku => new price
     */
    public function __construct(
        public readonly string $supplier,
        public readonly string $fileName,
        public readonly array $prices,
    ) {}
}
