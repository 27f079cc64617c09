<?php

namespace App\Telemetry;

final class HistorianWriter
{
    private int $rowsWritten = 0;
    private string $lastBatch = '';
    private ?string $session = null;

    public function __construct(private string $table)
    {
    }

    /**
     * Opens the COPY session against the historian. Called by whoever
     * wires the writer; until then the collector keeps points locally so a
     * historian outage does not lose readings.
     */
    public function open(string $dsn): void
    {
        $this->session = sprintf('%s#%s', $dsn, $this->table);
    }

    public function isOnline(): bool
    {
        return $this->session !== null;
    }

    /** @param list<ReadingPoint> $points */
    public function copy(array $points): void
    {
        $this->rowsWritten += count($points);
        $this->lastBatch = sprintf('%s:%d', $this->session, $this->rowsWritten);
    }
}
