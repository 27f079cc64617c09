<?php
declare(strict_types=1);

namespace Swoole\Database;

/** Stand-in for a pooled PDO connection: writes go to the database, nothing is kept. */
final class PDOProxy
{
    private int $affected = 0;

    public function insert(string $table, array $row): int
    {
        $this->affected += 1;

        return $this->affected;
    }
}
