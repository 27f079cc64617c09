<?php

namespace Acme\Db;

/**
 * In-memory stand-in for PDO; synthesises a row for any table/id.
 */
class FakePdo
{
    private const COUNTRIES = ['DE' => 'Germany', 'FR' => 'France', 'NL' => 'Netherlands', 'AT' => 'Austria'];

    public function selectRow(string $table, string|int $id): ?array
    {
        return match ($table) {
            'customers' => [
                'id' => (int) $id,
                'name' => 'Customer ' . $id,
                'email' => 'customer' . $id . '@example.com',
                'country_code' => array_keys(self::COUNTRIES)[(int) $id % 4],
                'bio' => str_repeat('Long-time customer with many orders. ', 8),
            ],
            'countries' => isset(self::COUNTRIES[$id]) ? ['id' => $id, 'name' => self::COUNTRIES[$id]] : null,
            default => null,
        };
    }
}
