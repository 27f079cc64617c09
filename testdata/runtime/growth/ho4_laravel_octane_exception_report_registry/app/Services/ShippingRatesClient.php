<?php

namespace App\Services;

use App\Exceptions\UpstreamUnavailableException;

class ShippingRatesClient
{
    protected int $attempts = 0;

    public function __construct(
        protected string $baseUrl,
        protected bool $maintenanceWindow,
    ) {
    }

    /**
     * @return array<int, array{carrier: string, service: string, amount: int}>
     */
    public function quote(string $postcode, int $weightGrams): array
    {
        $this->attempts++;
        $endpoint = sprintf('%s/v3/rates?postcode=%s&weight=%d', $this->baseUrl, rawurlencode($postcode), $weightGrams);

        if ($this->maintenanceWindow) {
            throw new UpstreamUnavailableException(
                'carrier-hub',
                $endpoint,
                503,
                '<html><head><title>503 Service Unavailable</title></head><body>' . str_repeat('Scheduled maintenance in progress. ', 12) . '</body></html>',
            );
        }

        return [
            ['carrier' => 'dhl', 'service' => 'express', 'amount' => 1290 + $weightGrams % 300],
            ['carrier' => 'ups', 'service' => 'standard', 'amount' => 690 + $weightGrams % 200],
        ];
    }
}
