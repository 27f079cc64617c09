<?php

namespace App\Domain;

use DateTimeImmutable;

final class RateSchedule
{
    /**
     * @param list<array{0: float, 1: float}> $tiers [upper bound in kgal, rate per kgal]
     */
    public function __construct(
        public readonly TariffClass $tariffClass,
        public readonly string $meterSize,
        public readonly float $baseCharge,
        public readonly array $tiers,
        public readonly float $droughtSurchargePct,
        public readonly DateTimeImmutable $effectiveFrom,
        public readonly string $description,
    ) {
    }

    public function charge(float $kgal): float
    {
        $total = $this->baseCharge;
        $lower = 0.0;
        foreach ($this->tiers as [$upper, $rate]) {
            $inTier = max(0.0, min($kgal, $upper) - $lower);
            $total += $inTier * $rate;
            $lower = $upper;
        }

        return round($total * (1 + $this->droughtSurchargePct / 100), 2);
    }
}
