<?php

namespace App\Historian;

use App\Telemetry\Sample;

/**
 * Writes line protocol to the plant historian. The socket write is simulated:
 * the payload is built and handed off, nothing is kept.
 */
class HistorianGateway
{
    private int $pointsWritten = 0;

    public function __construct(private string $dsn)
    {
    }

    /** @param list<Sample> $samples */
    public function writeBatch(array $samples): void
    {
        $lines = [];
        foreach ($samples as $s) {
            $lines[] = sprintf(
                'scada,station=%s,tag=%s,quality=%s value=%F,unit="%s" %d',
                $s->station,
                $s->tag,
                $s->quality,
                $s->value,
                $s->unit,
                $s->timestampMs * 1000000,
            );
        }
        $payload = implode("\n", $lines);
        $this->pointsWritten += count($lines);
        unset($payload);
    }

    public function pointsWritten(): int
    {
        return $this->pointsWritten;
    }
}
