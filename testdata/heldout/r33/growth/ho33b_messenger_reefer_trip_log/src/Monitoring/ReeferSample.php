<?php

namespace App\Monitoring;

use App\Message\ReeferTelemetry;

final class ReeferSample
{
    public function __construct(
        public readonly string $containerId,
        public readonly string $voyage,
        public readonly string $messageId,
        public readonly string $event,
        public readonly int $timestamp,
        public readonly float $supplyAirC,
        public readonly float $returnAirC,
        public readonly float $setpointC,
        public readonly float $humidityPct,
        public readonly float $o2Pct,
        public readonly float $co2Pct,
        public readonly string $position,
        public readonly string $frame,
    ) {
    }

    public static function fromTelemetry(ReeferTelemetry $message, string $voyage, float $setpoint): self
    {
        $r = $message->readings;

        return new self(
            $message->containerId,
            $voyage,
            $message->messageId,
            $message->event,
            $message->timestamp,
            (float) $r['supply_air'],
            (float) $r['return_air'],
            $setpoint,
            (float) $r['humidity'],
            (float) $r['o2'],
            (float) $r['co2'],
            sprintf('%.5f,%.5f', $r['lat'], $r['lon']),
            $message->frame,
        );
    }

    public function deviation(): float
    {
        return abs($this->supplyAirC - $this->setpointC);
    }
}
