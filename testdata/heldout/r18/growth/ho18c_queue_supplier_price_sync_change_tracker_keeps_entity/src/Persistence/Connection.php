<?php

declare(strict_types=1);

namespace App\Persistence;

final class Connection
{
    /** @var array<string, array<int, array<string, scalar|null>>> */
    private array $tables = [];

    public function __construct()
    {
        for ($id = 1; $id <= 50; $id++) {
            $this->tables['products'][$id] = [
                'id' => $id,
                'sku' => sprintf('ACME-%05d', $id),
                'name' => 'Industrial hinge, size ' . $id,
                'price_cents' => 1000 + $id,
                'currency' => 'EUR',
                'supplier_ref' => null,
                'price_updated_at' => null,
            ];
        }
    }

    /** @return array<string, scalar|null>|null */
    public function fetchRow(string $table, int $id): ?array
    {
        return $this->tables[$table][$id] ?? null;
    }

    /** @param array<string, scalar|null> $values */
    public function update(string $table, array $values, int $id): void
    {
        foreach ($values as $column => $value) {
            $this->tables[$table][$id][$column] = $value;
        }
    }
}
