<?php

final class PlaceOrderHandler
{
    public function __construct(private OrderService $orders) {}

    public function __invoke(PlaceOrder $message): void
    {
        $this->orders->place($message->orderId, $message->customer, $message->lines);
    }
}
