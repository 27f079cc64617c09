<?php

namespace App\Telemetry;

use App\Protocol\Frame;

final class Position
{
    public function __construct(
        public readonly Frame $frame, // leak
        public readonly string $device,
        public readonly float $lat,
        public readonly float $lng,
        public readonly string $trail,
    ) {
    }
}
