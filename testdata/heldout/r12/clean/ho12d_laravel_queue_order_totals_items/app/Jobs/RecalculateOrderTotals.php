<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Domain\Order;
use App\Queue\ShouldQueue;

final class OrderRepository
{
    private int $writes = 0;

    /** @return array{order: array<string, string>, lines: list<array<string, mixed>>} */
    public function fetchRows(string $orderId): array
    {
        $n = (int) substr($orderId, 3);

        return [
            'order' => ['id' => $orderId, 'currency' => 'EUR', 'country' => ['DE', 'AT', 'FR', 'NL'][$n % 4], 'note' => 'Please leave the parcel with the neighbour at no. ' . ($n % 40) . ' if nobody answers the door.'],
            'lines' => [
                ['sku' => 'BK-' . $n, 'title' => 'Hardcover: "Designing Data-Intensive Applications", 1st edition', 'qty' => 1, 'cents' => 4599],
                ['sku' => 'NB-' . $n, 'title' => 'Dotted notebook A5, 160 pages, lay-flat binding, black cover', 'qty' => 2 + $n % 3, 'cents' => 1450],
                ['sku' => 'PN-' . $n, 'title' => 'Fountain pen, medium nib, converter and two cartridges included', 'qty' => 1, 'cents' => 3200],
            ],
        ];
    }

    public function updateTotal(string $orderId, int $totalCents): void
    {
        $this->writes++;
    }
}

final class RecalculateOrderTotals implements ShouldQueue
{
    public int $tries = 3;

    public function __construct(public readonly string $orderId)
    {
    }

    public function handle(OrderRepository $orders): void
    {
        $order = $this->hydrate($orders->fetchRows($this->orderId));
        $orders->updateTotal($order->id, $order->recalculate());
    }

    /** @param array{order: array<string, string>, lines: list<array<string, mixed>>} $rows */
    private function hydrate(array $rows): Order
    {
        $order = new Order($rows['order']['id'], $rows['order']['currency'], $rows['order']['country'], $rows['order']['note']);
        foreach ($rows['lines'] as $row) {
            $order->addLine($row['sku'], $row['title'], $row['qty'], $row['cents']);
        }

        return $order;
    }
}
