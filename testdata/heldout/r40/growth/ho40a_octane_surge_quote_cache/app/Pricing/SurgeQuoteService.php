<?php

namespace App\Pricing;

use App\Geo\GeofenceRegistry;
use Illuminate\Support\Facades\Cache;

final class RideRequest
{
    public function __construct(
        public readonly string $riderId,
        public readonly string $product,
        public readonly float $pickupLat,
        public readonly float $pickupLng,
        public readonly int $requestedAt,
        public readonly string $promoCode,
    ) {
    }
}

final class SurgeQuoteService
{
    private const DEMAND_WEIGHTS = ['economy' => 1.0, 'comfort' => 1.15, 'xl' => 1.3];

    public function __construct(
        private GeofenceRegistry $geofences,
        private SurgeKeyBuilder $keys,
        private int $ttl,
    ) {
    }

    public function quote(RideRequest $ride): array
    {
        $zone = $this->geofences->zoneFor($ride->pickupLat, $ride->pickupLng);
        if ($zone === null) {
            return ['multiplier' => 1.0, 'zone' => null];
        }

        return Cache::remember($this->keys->forQuote($zone, $ride), $this->ttl, function () use ($zone, $ride) { // leak
            $multiplier = round($zone->baseMultiplier * (self::DEMAND_WEIGHTS[$ride->product] ?? 1.0), 2);
            return [
                'zone' => $zone->id,
                'city' => $zone->city,
                'product' => $ride->product,
                'multiplier' => $multiplier,
                'quote_id' => sprintf('sq_%s_%d', substr(md5($ride->riderId . $ride->requestedAt), 0, 12), $ride->requestedAt),
                'breakdown' => [
                    ['label' => 'Base demand in ' . $zone->city, 'factor' => $zone->baseMultiplier],
                    ['label' => 'Product tier ' . $ride->product, 'factor' => self::DEMAND_WEIGHTS[$ride->product] ?? 1.0],
                    ['label' => 'Promo ' . ($ride->promoCode ?: 'none'), 'factor' => 1.0],
                ],
                'disclaimer' => 'Prices are higher than usual because of increased demand in ' . $zone->city . '.',
            ];
        });
    }
}
