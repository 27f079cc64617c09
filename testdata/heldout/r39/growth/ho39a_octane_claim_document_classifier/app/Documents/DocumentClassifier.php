<?php

namespace App\Documents;

use App\Documents\Concerns\MemoizesClassifications;

class DocumentClassifier
{
    use MemoizesClassifications;

    private const ROUTING = [
        'fnol_form' => 'intake.triage',
        'police_report' => 'intake.liability',
        'repair_estimate' => 'auto.physical_damage',
        'medical_bill' => 'bodily_injury.review',
        'photo' => 'auto.physical_damage',
    ];

    private const REQUIRED_FIELDS = [
        'fnol_form' => ['policy_number', 'date_of_loss', 'loss_location'],
        'police_report' => ['report_number', 'agency', 'date_of_loss'],
        'repair_estimate' => ['vin', 'shop_license', 'total_amount'],
        'medical_bill' => ['provider_npi', 'cpt_codes', 'billed_amount'],
        'photo' => ['vin'],
    ];

    public function __construct(private float $minimumConfidence = 0.6)
    {
    }

    public function classify(ClaimDocument $document): Classification
    {
        return $this->memoized($this->cacheKey($document), fn () => $this->analyse($document));
    }

    private function cacheKey(ClaimDocument $document): string
    {
        return implode(':', [$document->claimNumber, $document->documentType, $document->mimeType]);
    }

    private function analyse(ClaimDocument $document): Classification
    {
        $type = $document->documentType;
        $queue = self::ROUTING[$type] ?? 'intake.manual';
        $confidence = isset(self::ROUTING[$type]) ? 0.92 : 0.4;

        if ($confidence < $this->minimumConfidence) {
            $queue = 'intake.manual';
        }

        return new Classification(
            $queue,
            self::REQUIRED_FIELDS[$type] ?? [],
            $confidence,
            substr(preg_replace('/\s+/', ' ', $document->extractedText), 0, 900),
        );
    }
}
