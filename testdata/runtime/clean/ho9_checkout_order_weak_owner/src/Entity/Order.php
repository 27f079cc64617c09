<?php

namespace App\Entity;

class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(public readonly string $customerId) {}

    public function addLine(OrderLine $line): void
    {
        $this->lines[] = $line;
        $line->setOrder($this);
    }

    public function total(): int
    {
        return array_sum(array_map(fn (OrderLine $l) => $l->amount(), $this->lines));
    }
}
