<?php

namespace App\Message;

final class PlaceOrder
{
    public function __construct(
        public readonly string $customerId,
        public readonly array $items,
    ) {}
}
