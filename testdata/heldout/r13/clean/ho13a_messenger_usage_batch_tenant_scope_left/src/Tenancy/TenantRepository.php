<?php

declare(strict_types=1);

namespace App\Tenancy;

final class TenantRepository
{
    /** @param array<string, array{name: string, status: string, rate: float}> $rows */
    public function __construct(private readonly array $rows)
    {
    }

    public function find(string $id): Tenant
    {
        $row = $this->rows[$id] ?? throw new \OutOfBoundsException("Unknown tenant {$id}");

        return new Tenant($id, $row['name'], $row['status'], [
            'rate_per_unit' => $row['rate'],
            'currency' => 'EUR',
            'invoice_footer' => str_repeat($row['name'] . ' GmbH, Registergericht Berlin, USt-IdNr. DE' . crc32($id) . '. ', 8),
            'features' => ['usage-billing', 'sso', 'audit-log', 'exports'],
        ], new \DateTimeImmutable());
    }
}
