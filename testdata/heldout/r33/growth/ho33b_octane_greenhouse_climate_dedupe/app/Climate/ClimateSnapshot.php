<?php

namespace App\Climate;

final class ClimateSnapshot
{
    public function __construct(
        public readonly string $site,
        public readonly string $zone,
        public readonly string $gatewayId,
        public readonly int $recordedAt,
        public readonly float $temperature,
        public readonly float $humidity,
        public readonly int $co2,
        public readonly float $par,
        public readonly float $vpd,
        public readonly string $rawFrame,
    ) {
    }

    public static function fromPayload(string $site, string $zone, array $payload): self
    {
        $t = (float) $payload['temp_c'];
        $rh = (float) $payload['rh_pct'];

        return new self(
            $site,
            $zone,
            (string) $payload['gateway_id'],
            (int) $payload['recorded_at'],
            $t,
            $rh,
            (int) $payload['co2_ppm'],
            (float) $payload['par'],
            self::vaporPressureDeficit($t, $rh),
            (string) $payload['frame'],
        );
    }

    private static function vaporPressureDeficit(float $tempC, float $rh): float
    {
        $svp = 0.6108 * exp((17.27 * $tempC) / ($tempC + 237.3));

        return round($svp * (1 - $rh / 100), 3);
    }
}
