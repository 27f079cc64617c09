<?php

namespace App\Ingest;

final class QcLimits
{
    /**
     * @param array<int, array{0: float, 1: float}> $monthly lower/upper per calendar month
     */
    public function __construct(
        public readonly Variable $variable,
        public readonly float $referenceElevation,
        public readonly array $monthly,
        public readonly float $maxStep,
        public readonly string $source,
    ) {
    }

    public static function derive(Variable $variable, float $elevation): self
    {
        [$lo, $hi] = $variable->hardBounds();
        $shift = $variable->lapse() * $elevation / 1000;
        $span = $hi - $lo;
        $monthly = [];
        for ($m = 1; $m <= 12; $m++) {
            $season = cos(($m - 7) / 12 * 2 * M_PI);
            $monthly[$m] = [
                round(max($lo, $lo + $span * (0.25 - 0.1 * $season) + $shift), 2),
                round(min($hi, $hi - $span * (0.2 + 0.1 * $season) + $shift), 2),
            ];
        }
        return new self($variable, $elevation, $monthly, $span / 8, sprintf('clim-envelope/%s@%dm', $variable->value, (int) $elevation));
    }
}
