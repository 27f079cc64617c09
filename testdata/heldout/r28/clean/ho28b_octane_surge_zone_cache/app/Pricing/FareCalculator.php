<?php
namespace App\Pricing;

use App\Http\QuoteRequest;

final class FareCalculator
{
    /** @param array<string, array{base:int, per_km:int, per_min:int}> $fares */
    public function __construct(private array $fares) {}

    public function estimate(QuoteRequest $request, float $multiplier): int
    {
        $fare = $this->fares[$request->vehicleClass] ?? $this->fares['standard'];
        $km = $this->haversineKm($request->pickupLat, $request->pickupLng, $request->dropoffLat, $request->dropoffLng);
        $minutes = $km / 28 * 60;

        return (int) round(($fare['base'] + $fare['per_km'] * $km + $fare['per_min'] * $minutes) * $multiplier);
    }

    private function haversineKm(float $lat1, float $lng1, float $lat2, float $lng2): float
    {
        $dLat = deg2rad($lat2 - $lat1);
        $dLng = deg2rad($lng2 - $lng1);
        $a = sin($dLat / 2) ** 2 + cos(deg2rad($lat1)) * cos(deg2rad($lat2)) * sin($dLng / 2) ** 2;
        return 6371 * 2 * atan2(sqrt($a), sqrt(1 - $a));
    }
}
