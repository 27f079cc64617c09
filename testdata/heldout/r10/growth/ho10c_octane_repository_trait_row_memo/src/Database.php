<?php

declare(strict_types=1);

namespace App;

/** Thin wrapper around the PDO connection (faked for the CLI run). */
final class Database
{
    public int $queries = 0;

    public function selectOne(string $table, int $id): array
    {
        $this->queries++;
        return match ($table) {
            'products' => [
                'id' => $id,
                'sku' => sprintf('P-%07d', $id),
                'title' => "Organic cotton tee #{$id}",
                'description' => str_repeat('Soft, breathable, ethically sourced. ', 6),
                'price_cents' => 1900 + $id % 700,
                'currency' => 'EUR',
                'stock' => $id % 40,
            ],
            'customers' => [
                'id' => $id,
                'email' => "customer{$id}@mail.example",
                'name' => "Customer {$id}",
                'tier' => $id % 3 === 0 ? 'gold' : 'standard',
            ],
        };
    }

    public function describe(string $table): array
    {
        $this->queries++;
        return match ($table) {
            'products' => ['id' => 'int', 'sku' => 'text', 'title' => 'text', 'description' => 'text', 'price_cents' => 'int', 'currency' => 'text', 'stock' => 'int'],
            'customers' => ['id' => 'int', 'email' => 'text', 'name' => 'text', 'tier' => 'text'],
        };
    }
}
