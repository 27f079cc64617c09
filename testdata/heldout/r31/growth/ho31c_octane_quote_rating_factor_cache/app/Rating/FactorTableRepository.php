<?php

namespace App\Rating;

/**
 * Builds the rating factor table for a submission. Tables are expensive to
 * assemble (manual pages, territory relativities), so they are memoised.
 */
final class FactorTableRepository
{
    /** @var array<string, array<string, float>> */
    private array $tables = [];

    public function __construct(
        private TerritoryResolver $territories,
        private array $manual,
    ) {
    }

    public function tableFor(QuoteSubmission $submission): array
    {
        $key = $this->cacheKey($submission);

        return $this->tables[$key] ??= $this->assemble($submission); // leak
    }

    private function cacheKey(QuoteSubmission $submission): string
    {
        return implode('|', [
            $submission->productCode,
            $submission->postalCode,
            $this->territories->territoryFor($submission->postalCode),
        ]);
    }

    private function assemble(QuoteSubmission $submission): array
    {
        $territory = $this->territories->territoryFor($submission->postalCode);
        $manual = $this->manual[$submission->productCode];
        $table = [];
        foreach ($manual['relativities'] as $factor => $relativity) {
            $table["{$submission->productCode}.{$territory}.{$factor}"] = round($relativity * $manual['territory'][$territory], 4);
        }

        return $table;
    }
}
