<?php
namespace Fleet\Telematics;

final class Ping
{
    public function __construct(
        public readonly string $vehicle,
        public readonly int $recordedAt,
        public readonly float $lat,
        public readonly float $lon,
        public readonly int $speedKph,
        public readonly int $odometerKm,
        public readonly int $fuelPct,
        public readonly bool $ignition,
        public readonly array $can,
        public readonly string $firmware,
        public readonly string $sourceIp,
    ) {
    }

    public static function fromPayload(array $data, string $sourceIp): self
    {
        return new self(
            (string) $data['vehicle'],
            (int) $data['recorded_at'],
            (float) $data['lat'],
            (float) $data['lon'],
            (int) $data['speed_kph'],
            (int) $data['odometer_km'],
            (int) $data['fuel_pct'],
            (bool) $data['ignition'],
            (array) ($data['can'] ?? []),
            (string) ($data['firmware'] ?? 'unknown'),
            $sourceIp,
        );
    }

    public function toRow(): array
    {
        return [
            $this->vehicle, $this->recordedAt, $this->lat, $this->lon, $this->speedKph,
            $this->odometerKm, $this->fuelPct, (int) $this->ignition, json_encode($this->can), $this->firmware,
        ];
    }
}
