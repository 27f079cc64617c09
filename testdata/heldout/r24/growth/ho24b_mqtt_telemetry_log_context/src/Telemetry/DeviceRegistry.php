<?php

declare(strict_types=1);

namespace App\Telemetry;

/** Provisioned devices, loaded once at boot, with running aggregates per device. */
final class DeviceRegistry
{
    /** @var array<string, array{count: int, last_seen: int, sum: array<string, float>}> */
    private array $stats = [];

    /** @param list<string> $provisioned */
    public function __construct(array $provisioned)
    {
        foreach ($provisioned as $id) {
            $this->stats[$id] = ['count' => 0, 'last_seen' => 0, 'sum' => []];
        }
    }

    public function isProvisioned(string $deviceId): bool
    {
        return isset($this->stats[$deviceId]);
    }

    public function touch(string $deviceId, int $ts): void
    {
        if (isset($this->stats[$deviceId])) {
            $this->stats[$deviceId]['last_seen'] = max($ts, $this->stats[$deviceId]['last_seen']);
        }
    }

    public function record(string $deviceId, Reading $reading): void
    {
        $s = &$this->stats[$deviceId];
        $s['count']++;
        $s['last_seen'] = $reading->timestamp;
        foreach ($reading->metrics as $name => $value) {
            $s['sum'][$name] = ($s['sum'][$name] ?? 0.0) + $value;
        }
    }
}
