<?php

namespace Civic311;

final class GeoResult
{
    public function __construct(
        public readonly string $normalizedAddress,
        public readonly int $ward,
        public readonly string $councilMember,
        public readonly string $serviceArea,
        public readonly float $lat,
        public readonly float $lon,
        public readonly array $crews,
    ) {
    }
}

final class Geocoder
{
    private const CREWS = ['Streets North', 'Streets South', 'Sanitation East', 'Sanitation West', 'Forestry', 'Traffic Signals'];

    public function locate(string $address): GeoResult
    {
        $normalized = strtoupper(preg_replace('/\s+/', ' ', trim($address)));
        $h = crc32($normalized);
        $ward = 1 + $h % 15;
        return new GeoResult(
            $normalized,
            $ward,
            sprintf('Council Member for Ward %d', $ward),
            sprintf('Service Area %s-%02d (%s maintenance district)', chr(65 + $h % 6), $ward, self::CREWS[$h % 6]),
            40.0 + ($h % 10000) / 100000,
            -75.0 - ($h % 7000) / 100000,
            [self::CREWS[$h % 6] . ' day shift', self::CREWS[($h + 1) % 6] . ' on call'],
        );
    }
}

/**
 * Geocodes an address once per request: the intake controller, the duplicate
 * detector and the SMS notifier all need the ward.
 */
function geocode(Geocoder $geocoder, string $address): GeoResult
{
    $ctx = &context();
    return $ctx['geocode'][$address] ??= $geocoder->locate($address);
}
