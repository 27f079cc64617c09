<?php

declare(strict_types=1);

namespace App\Database;

interface QueryLogger
{
    /**
     * @param array<int|string, mixed> $params
     */
    public function logQuery(string $sql, array $params, float $durationMs): void;
}
