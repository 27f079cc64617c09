<?php

namespace App\Order;

final class OrderRepository
{
    public function find(int $id): ?Order
    {
        if ($id <= 0) {
            return null;
        }

        return new Order($id, sprintf('customer%d@example.org', $id), str_repeat('2x espresso beans 1kg; ', 26) . $id, 'paid');
    }
}
