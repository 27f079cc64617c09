<?php

namespace App\Audit;

final class AuditEntry
{
    public function __construct(
        public readonly string $application,
        public readonly string $action,
        public readonly array $context,
        public readonly float $at,
    ) {
    }
}
