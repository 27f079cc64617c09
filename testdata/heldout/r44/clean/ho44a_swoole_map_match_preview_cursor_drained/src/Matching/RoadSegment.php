<?php

declare(strict_types=1);

namespace Transit\Matching;

final class RoadSegment
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly array $from,
        public readonly array $to,
    ) {
    }

    /** Projection of a point onto the segment: [lat, lon, metres off the road]. */
    public function project(float $lat, float $lon): array
    {
        [$aLat, $aLon] = $this->from;
        [$bLat, $bLon] = $this->to;
        $kx = cos(deg2rad($lat)) * 111_320.0;
        $ky = 110_540.0;
        $dx = ($bLon - $aLon) * $kx;
        $dy = ($bLat - $aLat) * $ky;
        $px = ($lon - $aLon) * $kx;
        $py = ($lat - $aLat) * $ky;
        $len2 = $dx * $dx + $dy * $dy;
        $t = $len2 > 0 ? max(0.0, min(1.0, ($px * $dx + $py * $dy) / $len2)) : 0.0;
        $sx = $dx * $t;
        $sy = $dy * $t;

        return [$aLat + ($bLat - $aLat) * $t, $aLon + ($bLon - $aLon) * $t, hypot($px - $sx, $py - $sy)];
    }
}
