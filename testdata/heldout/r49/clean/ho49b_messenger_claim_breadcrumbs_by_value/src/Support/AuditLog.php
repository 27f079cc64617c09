<?php
namespace App\Support;

/**
 * Writes one line per consumed message to the audit channel (a Monolog
 * stream handler in production).
 */
final class AuditLog
{
    private int $lines = 0;
    private int $bytes = 0;

    public function write(string $line): void
    {
        $this->lines++;
        $this->bytes += strlen($line) + 1;
    }
}
