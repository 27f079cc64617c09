<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Audit\AuditRecord;
use App\Audit\AuditTrail;

final class SyncCustomerFromCrm
{
    /** @var array<string, array<string, string>> */
    private array $customers = [];

    public function __construct(private readonly AuditTrail $audit)
    {
    }

    public function handle(array $payload): void
    {
        $id = $payload['customer_id'];
        $before = $this->customers[$payload['segment']] ?? [];
        $after = [
            'name' => $payload['name'],
            'email' => $payload['email'],
            'address' => $payload['address'],
        ];
        $this->customers[$payload['segment']] = $after;

        $this->audit->record(new AuditRecord(
            actor: 'crm-sync',
            action: 'customer.updated',
            subject: "customer:{$id}",
            changes: array_diff_assoc($after, $before),
            jobUuid: $payload['uuid'],
        ));
    }
}
