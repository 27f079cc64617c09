<?php

final class PlaceOrder
{
    public function __construct(public readonly int $orderId, public readonly string $customer, public readonly array $lines) {}
}
