<?php

declare(strict_types=1);

namespace App\Audit;

interface AuditSink
{
    /** @param list<array<string, string>> $rows */
    public function insertMany(array $rows): int;
}
