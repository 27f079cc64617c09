<?php

declare(strict_types=1);

namespace Port\Telemetry;

final class TelemetryIngestService
{
    private int $overloads = 0;
    private int $windStops = 0;

    public function __construct(
        private readonly CraneLinkRegistry $registry,
        private readonly float $overloadTonnes,
        private readonly float $windStopMps,
    ) {}

    /** @return array{ok:bool,alarm:?string} */
    public function ingest(int $fd, string $payload): array
    {
        $stats = $this->registry->statsFor($fd);
        if ($stats === null) {
            return ['ok' => false, 'alarm' => 'unknown-link'];
        }

        $frame = json_decode($payload, true, 16, JSON_THROW_ON_ERROR);
        $stats->frames++;
        $stats->peakLoad = max($stats->peakLoad, (float) $frame['hoist']['load_t']);
        $stats->peakWind = max($stats->peakWind, (float) $frame['gantry']['wind_mps']);
        $stats->lastContainer = $frame['container'];
        $stats->lastPlcDump = $frame['plc_dump'];
        if (in_array('fault', $frame['twistlocks'], true)) {
            $stats->twistlockFaults++;
        }

        $alarm = null;
        if ($stats->peakLoad > $this->overloadTonnes) {
            $this->overloads++;
            $alarm = 'overload';
        } elseif ($stats->peakWind > $this->windStopMps) {
            $this->windStops++;
            $alarm = 'wind-stop';
        }

        return ['ok' => true, 'alarm' => $alarm];
    }
}
