<?php

namespace App\Inventory;

final class StockRepository
{
    private int $writes = 0;

    public static function onHandFor(string $sku): int
    {
        return crc32($sku) % 500;
    }

    public function find(string $sku): Product
    {
        return new Product(
            $sku,
            'Ergonomic desk lamp ' . substr($sku, -4),
            'Adjustable arm, warm-white LED, USB-C powered. Ships flat-packed; ' . str_repeat('see the assembly sheet. ', 8),
            self::onHandFor($sku),
        );
    }

    /** @param list<StockDelta> $deltas */
    public function apply(array $deltas): void
    {
        $this->writes += count($deltas);
    }
}
