<?php

namespace App\Intake;

final class DocumentClassifier
{
    private const PATTERNS = [
        'repair_estimate' => '/\b(estimate|labor|parts|paint)\b/i',
        'police_report' => '/\b(officer|incident no|precinct)\b/i',
        'medical_bill' => '/\b(cpt|diagnosis|provider npi)\b/i',
        'proof_of_loss' => '/\b(sworn statement|proof of loss)\b/i',
    ];

    public function classify(array $pages): string
    {
        $sample = implode("\n", array_slice($pages, 0, 2));
        foreach (self::PATTERNS as $type => $pattern) {
            if (preg_match($pattern, $sample)) {
                return $type;
            }
        }

        return 'correspondence';
    }
}
