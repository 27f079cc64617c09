<?php

namespace App\Message;

final class ImportSupplierFeed
{
    /** @param list<array{sku: string, title: string, price: int, stock: int}> $rows */
    public function __construct(
        public readonly int $supplierId,
        public readonly string $feedUrl,
        public readonly array $rows,
    ) {
    }
}
