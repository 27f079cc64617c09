<?php

namespace App\Inventory;

final class MaterialLedger
{
    /** @param array<string, float> $onHand stock per material, loaded at boot */
    public function __construct(private array $onHand)
    {
    }

    public function shortage(string $material, float $qty): float
    {
        return max(0.0, $qty - ($this->onHand[$material] ?? 0.0));
    }
}
