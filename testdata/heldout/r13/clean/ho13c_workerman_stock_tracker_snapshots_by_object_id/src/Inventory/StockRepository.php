<?php

declare(strict_types=1);

namespace App\Inventory;

final class StockRepository
{
    private int $writes = 0;

    public function find(ChangeTracker $tracker, string $sku, string $warehouse): StockItem
    {
        $seed = crc32($sku . $warehouse);

        return $tracker->manage(new StockItem($sku, $warehouse, 100 + $seed % 400, $seed % 17, 'initial count'));
    }

    /** @param list<array{before: array, after: array}> $changes */
    public function persist(array $changes): int
    {
        foreach ($changes as $change) {
            $this->writes += $change['before'] !== $change['after'] ? 1 : 0;
        }

        return count($changes);
    }
}
