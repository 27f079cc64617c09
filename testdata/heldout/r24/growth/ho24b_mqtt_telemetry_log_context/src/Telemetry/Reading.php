<?php

declare(strict_types=1);

namespace App\Telemetry;

final class Reading
{
    /** @param array<string, float> $metrics */
    private function __construct(
        public readonly string $kind,
        public readonly int $sequence,
        public readonly int $timestamp,
        public readonly array $metrics,
        public readonly ?int $batteryMv,
    ) {
    }

    public static function fromPayload(string $payload): ?self
    {
        $data = json_decode($payload, true);
        if (!is_array($data) || !isset($data['kind'], $data['seq'], $data['ts'])) {
            return null;
        }

        return new self(
            (string) $data['kind'],
            (int) $data['seq'],
            (int) $data['ts'],
            array_map('floatval', (array) ($data['metrics'] ?? [])),
            isset($data['battery_mv']) ? (int) $data['battery_mv'] : null,
        );
    }

    public function isHeartbeat(): bool
    {
        return $this->kind === 'heartbeat';
    }
}
