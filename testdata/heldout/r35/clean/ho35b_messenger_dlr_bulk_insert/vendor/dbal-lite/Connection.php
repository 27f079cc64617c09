<?php

namespace DbalLite;

final class Connection
{
    private int $affected = 0;

    public function __construct(private string $dsn)
    {
    }

    public function executeStatement(string $sql, array $params = []): int
    {
        // A real driver would send the statement; the stand-in only counts rows.
        $rows = substr_count($sql, '(?');
        $this->affected += $rows;
        return $rows;
    }
}
