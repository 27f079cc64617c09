<?php

namespace App\Billing;

use League\Event\EventDispatcher;

final class CheckoutController
{
    public function __construct(private EventDispatcher $events) {}

    public function checkout(string $customerEmail, array $cart): string
    {
        $order = new Order('INV-' . bin2hex(random_bytes(6)), $customerEmail, $cart);

        $this->events->dispatch(new OrderPlaced($order));

        return $order->number;
    }
}
