<?php
namespace App\Inventory;

/** Last known stock levels per tenant (a handful of tenants per worker). */
final class StockCache
{
    /** @var array<int, array{at: int, levels: array<string, int>}> */
    private array $byTenant = [];

    public function put(int $tenantId, array $levels): void
    {
        $this->byTenant[$tenantId] = ['at' => time(), 'levels' => $levels];
    }

    public function get(int $tenantId): ?array
    {
        return $this->byTenant[$tenantId]['levels'] ?? null;
    }
}
