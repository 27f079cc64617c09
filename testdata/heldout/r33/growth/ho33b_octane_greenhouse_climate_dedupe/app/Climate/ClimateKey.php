<?php

namespace App\Climate;

final class ClimateKey
{
    /**
     * Gateways resend a minute's reading when the LoRa uplink times out;
     * the key groups those retries into the minute they were taken in.
     */
    public static function forMinute(string $site, string $zone, int $recordedAt, int $window): string
    {
        return sprintf('climate:%s:%s:%d', $site, $zone, intdiv($recordedAt, $window));
    }
}
