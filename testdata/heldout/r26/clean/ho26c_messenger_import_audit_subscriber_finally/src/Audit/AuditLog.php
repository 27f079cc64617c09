<?php

namespace App\Audit;

/** Writes batched audit records to the audit store (here: counts them). */
final class AuditLog
{
    private int $written = 0;

    public function write(string $channel, array $records): void
    {
        $this->written += count($records);
    }
}
