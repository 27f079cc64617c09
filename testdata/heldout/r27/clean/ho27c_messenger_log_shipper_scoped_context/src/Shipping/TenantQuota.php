<?php

namespace App\Shipping;

final class TenantQuota
{
    /** @var array<string, int> */
    private array $used = [];

    /** @param array<string, int> $dailyBytes */
    public function __construct(private array $dailyBytes)
    {
    }

    public function consume(string $tenant, int $bytes): void
    {
        $limit = $this->dailyBytes[$tenant] ?? 0;
        $used = ($this->used[$tenant] ?? 0) + $bytes;
        if ($used > $limit) {
            throw new QuotaExceeded(sprintf('tenant %s is over its daily ingest quota (%d bytes)', $tenant, $limit));
        }
        $this->used[$tenant] = $used % max(1, $limit);
    }
}
