<?php

declare(strict_types=1);

namespace App\Billing;

use App\Tenancy\TenantContext;
use App\Tenancy\TenantRepository;

final class UsageLedger
{
    /** @var array<string, float> tenant id => amount due */
    private array $due = [];

    public function add(string $tenantId, float $amount): void
    {
        $this->due[$tenantId] = ($this->due[$tenantId] ?? 0.0) + $amount;
    }
}

final class UsageBatchHandler
{
    private int $skipped = 0;

    public function __construct(
        private readonly TenantRepository $tenants,
        private readonly TenantContext $context,
        private readonly UsageLedger $ledger,
    ) {
    }

    public function __invoke(UsageBatch $batch): void
    {
        foreach ($batch->records as $record) {
            $this->context->enter($this->tenants->find($record->tenantId));

            if ($this->context->current()->isSuspended()) {
                $this->skipped++;
                continue;
            }

            $this->ledger->add($record->tenantId, $record->units * $this->context->current()->rate());
            $this->context->leave();
        }
    }
}
