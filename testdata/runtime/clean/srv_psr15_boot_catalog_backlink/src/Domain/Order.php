<?php

namespace App\Domain;

final class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(public readonly int $id, public readonly string $customer, public readonly string $note)
    {
    }

    public function addLine(string $sku, int $quantity, int $unitCents): OrderLine
    {
        $line = new OrderLine($sku, $quantity, $unitCents);
        $this->lines[] = $line;

        return $line;
    }

    public function totalCents(): int
    {
        return array_sum(array_map(static fn (OrderLine $line): int => $line->totalCents(), $this->lines));
    }
}
