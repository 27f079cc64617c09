<?php

declare(strict_types=1);

namespace App\Entity;

use Mini\ORM\EntityManager;

final class OrderRepository
{
    public function __construct(private readonly EntityManager $em) {}

    public function find(int $id): ?Order
    {
        $rows = $this->em->connection()->fetchAll('SELECT * FROM orders WHERE id = ?', [$id]);
        if ($rows === []) {
            return null;
        }
        /** @var Order $order */
        $order = $this->em->hydrate(Order::class, $rows[0]);
        if ($order->getLines() === []) {
            foreach ($this->em->connection()->fetchAll('SELECT * FROM order_lines WHERE order_id = ?', [$id]) as $row) {
                $order->addLine($this->em->hydrate(OrderLine::class, $row));
            }
        }

        return $order;
    }
}
