<?php

namespace App\Geo;

final class Coordinates
{
    public function __construct(public readonly float $lat, public readonly float $lng, public readonly string $formatted) {}
}
