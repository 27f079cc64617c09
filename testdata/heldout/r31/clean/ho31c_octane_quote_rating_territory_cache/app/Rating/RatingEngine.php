<?php

namespace App\Rating;

final class RatingEngine
{
    public function __construct(
        private FactorTableRepository $factors,
        private array $basePremiums,
    ) {
    }

    public function quote(QuoteSubmission $submission): RatedQuote
    {
        $table = $this->factors->tableFor($submission);
        $base = $this->basePremiums[$submission->productCode] * ($submission->coverageLimit / 100000);

        $applied = [];
        $premium = $base;
        foreach ($table as $name => $relativity) {
            $premium *= $this->adjust($name, $relativity, $submission);
            $applied[$name] = $relativity;
        }

        return new RatedQuote($submission->reference, round($base, 2), round($premium, 2), $applied);
    }

    private function adjust(string $factor, float $relativity, QuoteSubmission $submission): float
    {
        return match (true) {
            str_ends_with($factor, '.driver_age') => $submission->driverAge < 25 ? $relativity * 1.35 : $relativity,
            str_ends_with($factor, '.prior_claims') => $relativity + 0.08 * $submission->priorClaims,
            str_ends_with($factor, '.vehicle_age') => $relativity + max(0, 2024 - $submission->vehicleYear) * 0.005,
            default => $relativity,
        };
    }
}
