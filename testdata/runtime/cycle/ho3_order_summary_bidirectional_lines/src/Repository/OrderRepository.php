<?php

declare(strict_types=1);

namespace App\Repository;

use App\Entity\Order;
use App\Entity\OrderLine;

/**
 * Hydrates orders from rows handed over by the DBAL layer (faked here).
 */
final class OrderRepository
{
    private int $queries = 0;

    public function find(int $id): ?Order
    {
        $this->queries++;
        $row = $this->fetchOrderRow($id);
        if ($row === null) {
            return null;
        }

        $order = new Order($id, $row['number'], $row['email'], new \DateTimeImmutable($row['placed_at']));
        foreach ($this->fetchLineRows($id) as $lineRow) {
            $order->addLine(new OrderLine($lineRow['sku'], $lineRow['label'], $lineRow['qty'], $lineRow['price']));
        }

        return $order;
    }

    public function queryCount(): int
    {
        return $this->queries;
    }

    /**
     * @return array{number: string, email: string, placed_at: string}|null
     */
    private function fetchOrderRow(int $id): ?array
    {
        if ($id <= 0) {
            return null;
        }

        return [
            'number' => sprintf('SO-%08d', $id),
            'email' => 'buyer' . $id . '@example.org',
            'placed_at' => '2024-03-' . sprintf('%02d', $id % 28 + 1) . ' 10:15:00',
        ];
    }

    /**
     * @return list<array{sku: string, label: string, qty: int, price: int}>
     */
    private function fetchLineRows(int $orderId): array
    {
        $rows = [];
        for ($k = 0; $k < 2; $k++) {
            $rows[] = [
                'sku' => 'SKU-' . ($orderId * 10 + $k),
                'label' => 'Line item ' . $k . ' for order ' . $orderId . ' - ' . str_repeat('x', 160),
                'qty' => $k + 1,
                'price' => 1999 + $k * 500,
            ];
        }

        return $rows;
    }
}
