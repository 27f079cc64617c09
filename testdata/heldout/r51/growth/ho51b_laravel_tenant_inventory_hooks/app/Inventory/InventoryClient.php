<?php
namespace App\Inventory;

/** Talks to the warehouse API (stubbed: deterministic stock levels). */
final class InventoryClient
{
    public int $calls = 0;

    public function __construct(private string $baseUrl, private string $token)
    {
    }

    /** @param list<string> $skus @return array<string, int> */
    public function levels(int $tenantId, array $skus): array
    {
        $this->calls++;
        $levels = [];
        foreach ($skus as $sku) {
            $levels[$sku] = crc32($tenantId . $sku) % 250;
        }
        return $levels;
    }
}
