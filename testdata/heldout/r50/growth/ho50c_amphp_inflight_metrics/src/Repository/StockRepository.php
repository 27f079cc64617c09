<?php

namespace App\Repository;

final class StockRepository
{
    private const WAREHOUSES = ['AMS', 'BER', 'MAD'];

    public function levels(int $sku): array
    {
        $levels = [];
        foreach (self::WAREHOUSES as $n => $warehouse) {
            $levels[$warehouse] = ($sku * 31 + $n * 7) % 120;
        }

        return $levels;
    }
}
