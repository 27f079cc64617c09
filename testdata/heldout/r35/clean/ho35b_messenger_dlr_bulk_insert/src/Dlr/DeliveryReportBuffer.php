<?php

namespace App\Dlr;

use DbalLite\Connection;

/**
 * Collects delivery reports and writes them with one multi-row INSERT.
 */
final class DeliveryReportBuffer
{
    private const COLUMNS = ['smsc_id', 'message_id', 'status', 'error_code', 'done_at', 'destination', 'raw'];

    /** @var list<array> */
    private array $rows = [];

    public function __construct(private Connection $connection)
    {
    }

    public function add(array $row): void
    {
        $this->rows[] = $row;
    }

    public function size(): int
    {
        return count($this->rows);
    }

    public function flush(): void
    {
        if ($this->rows === []) {
            return;
        }
        $placeholders = implode(', ', array_fill(0, count($this->rows), '(?' . str_repeat(', ?', count(self::COLUMNS) - 1) . ')'));
        $params = [];
        foreach ($this->rows as $row) {
            foreach (self::COLUMNS as $column) {
                $params[] = $row[$column] ?? null;
            }
        }
        $this->connection->executeStatement(
            'INSERT INTO sms_delivery_report (' . implode(', ', self::COLUMNS) . ') VALUES ' . $placeholders
            . ' ON CONFLICT (smsc_id, message_id) DO UPDATE SET status = EXCLUDED.status',
            $params
        );
        $this->rows = [];
    }
}
