<?php

declare(strict_types=1);

namespace App\Repositories;

/**
 * Keyset-paginated reads of a tenant's open invoices (rows as the query
 * builder would return them).
 */
final class InvoiceRepository
{
    private const OPEN_INVOICES_PER_TENANT = 60;

    /** @return list<array{id: int, number: string, customer_email: string, due_on: string, amount_cents: int, memo: string}> */
    public function openInvoicesAfter(int $tenantId, int $afterId, int $limit): array
    {
        $rows = [];
        for ($id = $afterId + 1; $id <= self::OPEN_INVOICES_PER_TENANT && count($rows) < $limit; $id++) {
            $rows[] = [
                'id' => $id,
                'number' => sprintf('INV-%d-%05d', $tenantId, $id),
                'customer_email' => sprintf('billing+%d@customer-%d.example', $id, $tenantId),
                'due_on' => $id % 3 === 0 ? '2024-01-15' : '2099-12-31',
                'amount_cents' => 10_000 + $id * 13,
                'memo' => sprintf('Consulting hours, sprint %d, tenant %d', $id, $tenantId),
            ];
        }

        return $rows;
    }
}
