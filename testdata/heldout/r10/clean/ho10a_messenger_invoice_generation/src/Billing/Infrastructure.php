<?php

declare(strict_types=1);

namespace App\Billing;

final class OrderRepository
{
    public function find(int $orderId): array
    {
        $items = [];
        for ($k = 0; $k < 3 + $orderId % 3; $k++) {
            $items[] = [
                'sku' => sprintf('SKU-%05d-%d', $orderId, $k),
                'name' => sprintf('Subscription add-on #%d for order %d (annual plan, EU region)', $k, $orderId),
                'qty' => 1 + $k,
                'price' => 1999 + 100 * $k,
            ];
        }

        return ['id' => $orderId, 'country' => $orderId % 2 ? 'DE' : 'FR', 'coupon' => $orderId % 5 === 0 ? 10 : 0, 'items' => $items];
    }
}

final class Connection
{
    private int $lastInsertId = 0;
    private int $writes = 0;

    public function insert(string $table, array $row): int
    {
        $this->writes++;

        return ++$this->lastInsertId;
    }
}

final class InvoiceNumberGenerator
{
    private int $sequence = 0;

    public function next(): string
    {
        return sprintf('INV-2024-%06d', ++$this->sequence);
    }
}
