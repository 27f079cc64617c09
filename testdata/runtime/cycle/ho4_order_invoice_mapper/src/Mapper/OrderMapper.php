<?php
declare(strict_types=1);

namespace Shop\Mapper;

use Acme\Dbal\Connection;
use Shop\Entity\Order;
use Shop\Entity\OrderLine;

final class OrderMapper
{
    private const ORDER_SQL = 'SELECT id, customer_email, currency, notes, created_at FROM orders WHERE id = ?';
    private const LINES_SQL = 'SELECT id, sku, description, quantity, unit_price_cents FROM order_lines WHERE order_id = ?';

    public function __construct(private Connection $connection)
    {
    }

    public function find(int $id): ?Order
    {
        $row = $this->connection->fetchAssociative(self::ORDER_SQL, [$id]);
        if ($row === false) {
            return null;
        }

        $order = $this->hydrateOrder($row);
        foreach ($this->connection->fetchAllAssociative(self::LINES_SQL, [$id]) as $lineRow) {
            $order->addLine($this->hydrateLine($lineRow));
        }

        return $order;
    }

    private function hydrateOrder(array $row): Order
    {
        $order = new Order((int) $row['id'], (string) $row['customer_email'], (string) $row['currency'], (string) $row['notes']);
        $order->touch((string) $row['created_at']);

        return $order;
    }

    private function hydrateLine(array $row): OrderLine
    {
        return new OrderLine(
            (int) $row['id'],
            (string) $row['sku'],
            (string) $row['description'],
            (int) $row['quantity'],
            (int) $row['unit_price_cents'],
        );
    }
}
