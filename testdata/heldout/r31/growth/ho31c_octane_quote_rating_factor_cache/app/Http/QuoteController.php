<?php

namespace App\Http;

use App\Facades\Rating;
use App\Rating\QuoteSubmission;

final class QuoteController
{
    private const PRODUCTS = ['AUTO-PL', 'AUTO-CM', 'HOME-HO3'];

    public function store(array $payload): array
    {
        $product = in_array($payload['product'] ?? '', self::PRODUCTS, true) ? $payload['product'] : 'AUTO-PL';

        $submission = new QuoteSubmission(
            reference: $payload['reference'],
            productCode: $product,
            postalCode: (string) $payload['risk_address']['postal_code'],
            vehicleYear: (int) ($payload['vehicle']['year'] ?? 2018),
            driverAge: (int) $payload['driver']['age'],
            priorClaims: count($payload['driver']['claims'] ?? []),
            coverageLimit: (float) $payload['limit'],
        );

        $rated = Rating::quote($submission);

        return [
            'reference' => $rated->reference,
            'premium' => $rated->finalPremium,
            'factors' => count($rated->appliedFactors),
        ];
    }
}
