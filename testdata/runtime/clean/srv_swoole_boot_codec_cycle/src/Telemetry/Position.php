<?php

namespace App\Telemetry;

final class Position
{
    public function __construct(
        public readonly string $device,
        public readonly float $lat,
        public readonly float $lng,
        public readonly string $trail,
    ) {
    }
}
