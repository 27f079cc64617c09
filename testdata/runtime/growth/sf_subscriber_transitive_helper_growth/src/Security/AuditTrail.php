<?php

namespace App\Security;

/**
 * Collects security-relevant actions; a cron job is supposed to export them.
 */
final class AuditTrail
{
    /** @var list<array{action: string, context: string, at: float}> */
    private array $entries = [];

    public function record(string $action, array $context): void
    {
        $this->entries[] = [ // leak
            'action' => $action,
            'context' => json_encode($context, \JSON_THROW_ON_ERROR),
            'at' => microtime(true),
        ];
    }

    public function count(): int
    {
        return \count($this->entries);
    }
}
