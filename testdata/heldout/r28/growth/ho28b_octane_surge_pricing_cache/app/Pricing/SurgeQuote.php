<?php
namespace App\Pricing;

final class SurgeQuote
{
    /** @param array<string, float|string> $factors */
    public function __construct(
        public readonly string $area,
        public readonly string $vehicleClass,
        public readonly float $multiplier,
        public readonly array $factors,
        public readonly int $computedAt,
        public readonly string $token,
    ) {}

    public function headline(): string
    {
        return $this->multiplier > 1.0
            ? sprintf('Fares are %.1fx due to %s', $this->multiplier, $this->factors['reason'])
            : 'Normal fares';
    }
}
