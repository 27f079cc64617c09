<?php

namespace App\Audit;

use App\Infrastructure\Connection;

final class AuditWriter
{
    public function __construct(
        private Connection $connection,
        private string $table,
        private int $maxRows,
    ) {
    }

    public function write(array $rows): void
    {
        foreach (array_chunk($rows, $this->maxRows) as $chunk) {
            $this->connection->insertMany($this->table, $chunk);
        }
    }
}
