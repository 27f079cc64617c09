<?php
// A cron sync rebuilds its lookup table from scratch on every iteration.

final class InventorySync
{
    public function remoteStock(int $tick): array
    {
        $stock = [];
        for ($s = 0; $s < 20; $s++) {
            $stock["SKU-{$s}"] = ($tick * 7 + $s) % 13;
        }
        return $stock;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$sync = new InventorySync();
for ($tick = 0; $tick < $n; $tick++) {
    $lookup = [];
    foreach ($sync->remoteStock($tick) as $sku => $qty) {
        $lookup[$sku] = ['qty' => $qty, 'label' => $sku . ' ' . str_repeat('-', 40)];
    }
    $outOfStock = array_keys(array_filter($lookup, static fn (array $row): bool => $row['qty'] === 0));
}
