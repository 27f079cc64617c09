<?php

namespace App\Climate;

final class ClimateKey
{
    /**
     * One slot per configured zone: gateways resend a minute's reading when
     * the LoRa uplink times out, and the slot keeps the latest one taken.
     */
    public static function forZone(string $site, string $zone): string
    {
        return sprintf('climate:%s:%s', $site, $zone);
    }

    public static function minute(int $recordedAt, int $window): int
    {
        return intdiv($recordedAt, $window);
    }
}
