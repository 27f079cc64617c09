<?php

declare(strict_types=1);

namespace App\Billing;

final class UsageRecord
{
    public function __construct(
        public readonly string $tenantId,
        public readonly string $meter,
        public readonly int $units,
    ) {
    }
}

final class UsageBatch
{
    /** @param list<UsageRecord> $records */
    public function __construct(public readonly string $batchId, public readonly array $records)
    {
    }
}
