<?php

namespace App\Telemetry;

use App\Protocol\Frame;

final class PositionHandler
{
    public function __construct(private float $fenceLat, private float $fenceLng, private float $radius)
    {
    }

    public function handle(Frame $frame): string
    {
        $position = $frame->position();
        if ($position === null) {
            return "NAK\n";
        }
        $inside = hypot($position->lat - $this->fenceLat, $position->lng - $this->fenceLng) <= $this->radius;

        return sprintf("ACK %s %s\n", $position->device, $inside ? 'inside' : 'outside');
    }
}
