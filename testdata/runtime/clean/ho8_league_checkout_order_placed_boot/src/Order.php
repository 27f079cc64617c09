<?php

namespace App\Billing;

final class Order
{
    public bool $receiptSent = false;

    public function __construct(
        public readonly string $number,
        public readonly string $customerEmail,
        public readonly array $lines,
    ) {}
}

final class OrderPlaced
{
    public function __construct(public readonly Order $order) {}
}
