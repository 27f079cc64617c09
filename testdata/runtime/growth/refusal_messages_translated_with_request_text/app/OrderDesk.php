<?php

namespace App;

// Refuses orders that fail a check, with a message for the customer.
final class OrderDesk
{
    public function refuse(string $orderId, string $reason): string
    {
        return __("Order {$orderId} was refused. Reason: {$reason}"); // leak
    }
}
