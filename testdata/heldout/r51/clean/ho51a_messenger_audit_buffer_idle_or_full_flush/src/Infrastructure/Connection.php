<?php

namespace App\Infrastructure;

/** DBAL connection stand-in: builds the statement and sends it nowhere. */
final class Connection
{
    private int $statements = 0;

    public function executeStatement(string $sql, array $params = []): int
    {
        $this->statements++;

        return count($params);
    }

    public function insertMany(string $table, array $rows): int
    {
        if ($rows === []) {
            return 0;
        }
        $columns = array_keys($rows[0]);
        $placeholders = '(' . implode(', ', array_fill(0, count($columns), '?')) . ')';
        $sql = sprintf(
            'INSERT INTO %s (%s) VALUES %s',
            $table,
            implode(', ', $columns),
            implode(', ', array_fill(0, count($rows), $placeholders)),
        );

        return $this->executeStatement($sql, array_merge(...array_map('array_values', $rows)));
    }
}
