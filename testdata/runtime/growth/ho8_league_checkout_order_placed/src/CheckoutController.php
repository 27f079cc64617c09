<?php

namespace App\Billing;

use League\Event\EventDispatcher;

final class CheckoutController
{
    private int $receipts = 0;

    public function __construct(private EventDispatcher $events) {}

    public function checkout(string $customerEmail, array $cart): string
    {
        $order = new Order('INV-' . bin2hex(random_bytes(6)), $customerEmail, $cart);

        $this->events->subscribeTo(OrderPlaced::class, function (OrderPlaced $event) use ($order): void { // leak
            $order->receiptSent = true;
            $this->receipts++;
        });

        $this->events->dispatch(new OrderPlaced($order));

        return $order->number;
    }
}
