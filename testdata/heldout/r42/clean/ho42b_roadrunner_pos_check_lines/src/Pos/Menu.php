<?php

declare(strict_types=1);

namespace App\Pos;

final class Menu
{
    /** @var array<string, int> price in cents per SKU */
    private const PRICES = ['PZ-MARG' => 1450, 'PZ-PEPP' => 1650, 'SD-GARL' => 650, 'DR-COLA' => 350, 'DS-TIRA' => 800];

    /** @var array<string, int> upcharge in cents per modifier code */
    private const MODIFIERS = ['XCHS' => 200, 'GF' => 300, 'NOBASIL' => 0, 'HOTHNY' => 150, 'LGICE' => 0];

    public function priceOf(string $sku): int
    {
        return self::PRICES[$sku] ?? throw new \DomainException("Unknown SKU {$sku}");
    }

    public function upcharge(string $modifier): int
    {
        return self::MODIFIERS[$modifier] ?? 0;
    }
}
