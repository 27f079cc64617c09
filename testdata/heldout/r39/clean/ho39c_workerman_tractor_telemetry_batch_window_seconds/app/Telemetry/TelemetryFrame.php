<?php

namespace App\Telemetry;

final class TelemetryFrame
{
    /** @param array<string, float|int> $signals */
    public function __construct(
        public readonly string $machineId,
        public readonly string $implement,
        public readonly string $fieldPass,
        public readonly string $operator,
        public readonly int $recordedAt,
        public readonly array $signals,
        public readonly ?array $position,
    ) {
    }

    public static function decode(string $json): self
    {
        $raw = json_decode($json, true, 8, JSON_THROW_ON_ERROR);

        return new self(
            (string) $raw['vin'],
            (string) ($raw['implement'] ?? 'none'),
            (string) ($raw['field'] ?? 'unassigned'),
            (string) ($raw['operator'] ?? 'unknown'),
            (int) $raw['ts'],
            array_map('floatval', $raw['can'] ?? []),
            isset($raw['gps']) ? ['lat' => (float) $raw['gps'][0], 'lon' => (float) $raw['gps'][1]] : null,
        );
    }

    public function toLine(): string
    {
        $fields = [];
        foreach ($this->signals as $name => $value) {
            $fields[] = $name . '=' . $value;
        }
        if ($this->position) {
            $fields[] = sprintf('lat=%.6f,lon=%.6f', $this->position['lat'], $this->position['lon']);
        }

        return sprintf('machine_telemetry,vin=%s,implement=%s,field_pass=%s,operator=%s %s %d', $this->machineId, $this->implement, $this->fieldPass, $this->operator, implode(',', $fields), $this->recordedAt * 1_000_000_000);
    }
}
