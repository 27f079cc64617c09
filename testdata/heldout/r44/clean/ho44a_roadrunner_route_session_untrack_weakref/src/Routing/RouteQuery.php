<?php

declare(strict_types=1);

namespace Citymap\Routing;

final class RouteQuery
{
    public const PROFILES = ['car' => 36.0, 'bike' => 16.0, 'foot' => 4.8];

    public function __construct(
        public readonly float $fromLat,
        public readonly float $fromLon,
        public readonly float $toLat,
        public readonly float $toLon,
        public readonly string $profile,
        public readonly string $requestId,
    ) {
    }

    public function speedKph(): float
    {
        return self::PROFILES[$this->profile] ?? self::PROFILES['car'];
    }
}
