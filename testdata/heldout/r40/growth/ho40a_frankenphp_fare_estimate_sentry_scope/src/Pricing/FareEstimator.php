<?php

namespace App\Pricing;

final class ZoneResolver
{
    public function __construct(private array $zoneCentroids) {}

    public function nearest(float $lat, float $lng): string
    {
        $best = null;
        $bestDist = INF;
        foreach ($this->zoneCentroids as $zone => [$zLat, $zLng]) {
            $d = ($lat - $zLat) ** 2 + ($lng - $zLng) ** 2;
            if ($d < $bestDist) {
                [$best, $bestDist] = [$zone, $d];
            }
        }
        return $best;
    }

    public function distanceKm(string $from, string $to): float
    {
        [$aLat, $aLng] = $this->zoneCentroids[$from];
        [$bLat, $bLng] = $this->zoneCentroids[$to];
        return round(sqrt((($aLat - $bLat) * 111.0) ** 2 + (($aLng - $bLng) * 70.0) ** 2), 2);
    }
}

final class EstimateCache
{
    private array $entries = [];

    public function __construct(private array $products) {}

    public function key(string $fromZone, string $toZone, string $product): ?string
    {
        return in_array($product, $this->products, true) ? "$fromZone>$toZone@$product" : null;
    }

    public function get(?string $key): ?array
    {
        return $key === null ? null : ($this->entries[$key] ?? null);
    }

    public function put(?string $key, array $estimate): void
    {
        if ($key !== null) {
            $this->entries[$key] = $estimate;
        }
    }
}

final class FareEstimator
{
    private const RATES = ['economy' => [250, 120], 'comfort' => [350, 165], 'xl' => [450, 210]];

    public function __construct(private ZoneResolver $zones) {}

    public function estimate(string $fromZone, string $toZone, string $product): array
    {
        [$base, $perKm] = self::RATES[$product];
        $km = $this->zones->distanceKm($fromZone, $toZone);
        $cents = (int) round($base + $km * $perKm);
        return ['from' => $fromZone, 'to' => $toZone, 'product' => $product, 'km' => $km, 'low' => $cents, 'high' => (int) ($cents * 1.2)];
    }
}
