<?php

namespace App\Repository;

use App\Entity\Order;

/**
 * Writes orders with plain SQL; the connection only counts what it sends.
 */
final class OrderRepository
{
    public int $statements = 0;
    public int $bytesSent = 0;

    public function save(Order $order): void
    {
        $this->execute('INSERT INTO orders (number, country, total) VALUES (?, ?, ?)', [
            $order->getNumber(), $order->getCountry(), $order->getTotal(),
        ]);
        foreach ($order->getLines() as $i => $line) {
            $this->execute('INSERT INTO order_lines (order_number, position, gross) VALUES (?, ?, ?)', [
                $line->getOrder()?->getNumber(), $i, $line->getGross(),
            ]);
        }
    }

    private function execute(string $sql, array $params): void
    {
        $this->statements++;
        $this->bytesSent += strlen($sql) + strlen(implode(',', $params));
    }
}
