<?php

declare(strict_types=1);

namespace App\Custody;

final class StorageRequirements
{
    private const RANGES = [
        'WB-EDTA' => [2.0, 8.0],
        'SERUM' => [2.0, 8.0],
        'PLASMA-FROZEN' => [-90.0, -20.0],
        'URINE' => [2.0, 25.0],
        'FFPE' => [15.0, 25.0],
    ];

    /** @return array{0: float, 1: float} */
    public function rangeFor(string $specimenType): array
    {
        return self::RANGES[$specimenType] ?? throw new \InvalidArgumentException("Unknown specimen type {$specimenType}");
    }
}
