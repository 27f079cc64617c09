<?php

final class OrderLine
{
    public function __construct(
        public ?Order $order,
        public readonly string $description,
        public readonly int $cents,
        public readonly int $quantity,
    ) {}
}
