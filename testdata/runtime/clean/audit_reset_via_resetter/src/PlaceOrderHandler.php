<?php

final class PlaceOrderHandler
{
    public function __construct(private OrderService $orders) {}

    public function __invoke(array $message): int
    {
        return $this->orders->place($message['order'], $message['customer'], $message['lines']);
    }
}
