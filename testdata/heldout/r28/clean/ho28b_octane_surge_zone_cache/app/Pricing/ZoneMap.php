<?php
namespace App\Pricing;

/**
 * Surge zones loaded from config at boot. Points outside every zone are
 * priced as the city-wide "outside" area.
 */
final class ZoneMap
{
    public const OUTSIDE = 'outside';

    /** @var list<array{0:string,1:float,2:float,3:float,4:float}> */
    private array $zones;

    public function __construct(array $zones)
    {
        $this->zones = array_values($zones);
    }

    public function zoneAt(float $lat, float $lng): string
    {
        foreach ($this->zones as [$name, $minLat, $maxLat, $minLng, $maxLng]) {
            if ($lat >= $minLat && $lat < $maxLat && $lng >= $minLng && $lng < $maxLng) {
                return $name;
            }
        }
        return self::OUTSIDE;
    }
}
