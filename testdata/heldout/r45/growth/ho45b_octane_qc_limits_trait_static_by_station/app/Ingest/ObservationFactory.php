<?php

namespace App\Ingest;

use InvalidArgumentException;

class ObservationFactory
{
    public function fromRequest(string $stationId, array $payload): Observation
    {
        $variable = Variable::tryFrom((string) ($payload['variable'] ?? ''))
            ?? throw new InvalidArgumentException('unknown variable');

        return new Observation(
            stationId: strtoupper($stationId),
            variable: $variable,
            value: (float) $payload['value'],
            observedAt: (string) $payload['observed_at'],
            elevation: (float) ($payload['elevation_m'] ?? 0),
            month: max(1, min(12, (int) ($payload['month'] ?? 1))),
        );
    }
}
