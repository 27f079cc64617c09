<?php

namespace App\Sales;

final class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(public readonly int $id)
    {
    }

    public function addLine(string $sku, string $label, int $qty, int $unitPrice): OrderLine
    {
        $line = new OrderLine($this, $sku, $label, $qty, $unitPrice);
        $this->lines[] = $line; // leak

        return $line;
    }

    public function total(): int
    {
        return array_sum(array_map(fn (OrderLine $line) => $line->subtotal(), $this->lines));
    }
}
