<?php
namespace Fleet\Telematics;

/**
 * Writes ping rows with one multi-row INSERT (a PDO statement in production).
 */
class PingWriter
{
    private int $rowsWritten = 0;
    private int $statements = 0;

    public function __construct(private string $table)
    {
    }

    /** @param list<Ping> $pings */
    public function insert(array $pings): void
    {
        $placeholders = implode(', ', array_fill(0, count($pings), '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'));
        $sql = "INSERT INTO {$this->table} (vehicle, recorded_at, lat, lon, speed_kph, odometer_km, fuel_pct, ignition, can, firmware) VALUES {$placeholders}";
        $params = array_merge(...array_map(static fn (Ping $p) => $p->toRow(), $pings));
        $this->rowsWritten += count($pings);
        $this->statements++;
        unset($sql, $params);
    }

    public function rowsWritten(): int
    {
        return $this->rowsWritten;
    }
}
