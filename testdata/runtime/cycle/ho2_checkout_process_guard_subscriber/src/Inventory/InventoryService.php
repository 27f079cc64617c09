<?php

namespace App\Inventory;

/**
 * Read side of the warehouse stock levels.
 */
final class InventoryService
{
    private int $reservations = 0;

    public function available(string $sku): int
    {
        return 5 + crc32($sku) % 20;
    }

    public function reserve(string $sku, int $qty): void
    {
        $this->reservations += $qty;
    }
}
