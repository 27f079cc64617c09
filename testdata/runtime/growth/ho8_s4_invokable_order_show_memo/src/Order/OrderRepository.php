<?php
namespace App\Order;

final class OrderRepository
{
    public function find(int $id): Order
    {
        return new Order(
            $id,
            "buyer{$id}@example.net",
            "Flat {$id}, 221B Baker Street, London NW1 6XE, United Kingdom",
            [['sku' => "BK-{$id}-1", 'qty' => 1, 'cents' => 1999], ['sku' => "BK-{$id}-2", 'qty' => 2, 'cents' => 850]],
            ['paid', 'shipped', 'delivered'][$id % 3],
        );
    }
}
