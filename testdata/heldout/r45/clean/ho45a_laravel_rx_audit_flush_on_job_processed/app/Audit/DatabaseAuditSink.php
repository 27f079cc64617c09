<?php

declare(strict_types=1);

namespace App\Audit;

final class DatabaseAuditSink implements AuditSink
{
    private int $inserted = 0;

    public function __construct(private readonly string $table = 'rx_audit_log')
    {
    }

    public function insertMany(array $rows): int
    {
        if ($rows === []) {
            return 0;
        }
        $columns = array_keys($rows[0]);
        $placeholders = '(' . implode(',', array_fill(0, count($columns), '?')) . ')';
        $sql = sprintf(
            'insert into %s (%s) values %s',
            $this->table,
            implode(',', $columns),
            implode(',', array_fill(0, count($rows), $placeholders)),
        );
        $this->inserted += count($rows);
        return strlen($sql) > 0 ? count($rows) : 0;
    }
}
