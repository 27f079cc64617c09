<?php

namespace App\Http;

use App\Pricing\RideRequest;
use App\Pricing\SurgeQuoteService;

final class QuoteController
{
    public function __construct(private SurgeQuoteService $quotes)
    {
    }

    public function __invoke(array $body): array
    {
        $ride = new RideRequest(
            riderId: (string) $body['rider_id'],
            product: in_array($body['product'] ?? '', ['economy', 'comfort', 'xl'], true) ? $body['product'] : 'economy',
            pickupLat: (float) $body['pickup']['lat'],
            pickupLng: (float) $body['pickup']['lng'],
            requestedAt: (int) $body['ts'],
            promoCode: (string) ($body['promo'] ?? ''),
        );
        $quote = $this->quotes->quote($ride);

        return ['status' => 200, 'body' => json_encode($quote)];
    }
}
