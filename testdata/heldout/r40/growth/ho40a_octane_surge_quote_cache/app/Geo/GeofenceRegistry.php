<?php

namespace App\Geo;

final class Zone
{
    public function __construct(
        public readonly string $id,
        public readonly string $city,
        public readonly float $minLat,
        public readonly float $minLng,
        public readonly float $maxLat,
        public readonly float $maxLng,
        public readonly float $baseMultiplier,
    ) {
    }

    public function contains(float $lat, float $lng): bool
    {
        return $lat >= $this->minLat && $lat < $this->maxLat
            && $lng >= $this->minLng && $lng < $this->maxLng;
    }
}

final class GeofenceRegistry
{
    /** @var Zone[] */
    private array $zones = [];

    public static function fromConfig(array $config): self
    {
        $registry = new self();
        foreach ($config as $id => $z) {
            $registry->zones[$id] = new Zone($id, $z['city'], ...$z['bbox'], baseMultiplier: $z['base']);
        }
        return $registry;
    }

    public function zoneFor(float $lat, float $lng): ?Zone
    {
        foreach ($this->zones as $zone) {
            if ($zone->contains($lat, $lng)) {
                return $zone;
            }
        }
        return null;
    }
}
