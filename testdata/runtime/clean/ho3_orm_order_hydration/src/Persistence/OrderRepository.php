<?php

declare(strict_types=1);

namespace Shop\Persistence;

use Shop\Entity\Order;
use Shop\Entity\OrderLine;

final class OrderRepository
{
    public function __construct(private ArrayConnection $connection)
    {
    }

    public function find(int $id): ?Order
    {
        $rows = $this->connection->fetchAllAssociative('SELECT * FROM orders WHERE id = :id', ['id' => $id]);
        if ($rows === []) {
            return null;
        }

        $order = $this->hydrateOrder($rows[0]);
        $lineRows = $this->connection->fetchAllAssociative('SELECT * FROM order_lines WHERE order_id = :id', ['id' => $id]);
        foreach ($lineRows as $row) {
            $order->addLine(new OrderLine(
                $order->getId(),
                (string) $row['sku'],
                (int) $row['quantity'],
                (int) $row['unit_price'],
                (string) $row['description'],
            ));
        }

        return $order;
    }

    /**
     * @param array<string, scalar> $row
     */
    private function hydrateOrder(array $row): Order
    {
        return new Order(
            (int) $row['id'],
            (string) $row['customer_email'],
            new \DateTimeImmutable((string) $row['placed_at']),
            (string) $row['shipping_address'],
        );
    }
}
