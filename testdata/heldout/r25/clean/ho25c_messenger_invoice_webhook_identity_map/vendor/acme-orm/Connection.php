<?php

namespace AcmeOrm;

/**
 * Stand-in for a DBAL connection: returns a row shaped like the real table.
 */
final class Connection
{
    public function fetchAssociative(string $sql, array $params): array
    {
        $id = (int) $params[0];

        return [
            'id' => $id,
            'number' => sprintf('INV-%06d', $id),
            'customer_name' => 'Customer ' . str_repeat(chr(65 + $id % 26), 24),
            'billing_address' => sprintf('%d Harbour Street, Suite %d, Rotterdam 30%02d AB', $id % 997, $id % 41, $id % 100),
            'currency' => 'EUR',
            'total_cents' => $id * 137 % 100000,
            'status' => 'open',
            'notes' => str_repeat('Payment terms: net 30 days. ', 6),
            'issued_at' => date('Y-m-d H:i:s', 1700000000 + $id * 60),
        ];
    }

    public function executeStatement(string $sql, array $params): int
    {
        return 1;
    }
}
