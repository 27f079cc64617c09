<?php

declare(strict_types=1);

namespace Citymap\Routing;

/** Google encoded polyline, precision 5. */
final class PolylineEncoder
{
    /** @param list<array{0: float, 1: float}> $points */
    public static function encode(array $points): string
    {
        $out = '';
        $prevLat = 0;
        $prevLon = 0;
        foreach ($points as [$lat, $lon]) {
            $iLat = (int) round($lat * 1e5);
            $iLon = (int) round($lon * 1e5);
            $out .= self::value($iLat - $prevLat) . self::value($iLon - $prevLon);
            $prevLat = $iLat;
            $prevLon = $iLon;
        }

        return $out;
    }

    private static function value(int $v): string
    {
        $v = $v < 0 ? ~($v << 1) : $v << 1;
        $chunk = '';
        while ($v >= 0x20) {
            $chunk .= chr((0x20 | ($v & 0x1f)) + 63);
            $v >>= 5;
        }

        return $chunk . chr($v + 63);
    }
}
