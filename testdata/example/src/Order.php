<?php

declare(strict_types=1);

namespace Shop;

final class Order
{
    /** @var OrderLine[] */
    private array $lines = [];

    public function __construct(public readonly string $id)
    {
    }

    public function addLine(string $sku, int $quantity): void
    {
        // OrderLine keeps a back-link to its order: a reference cycle.
        $this->lines[] = new OrderLine($this, $sku, $quantity);
    }
}

final class OrderLine
{
    public function __construct(
        public Order $order,
        public readonly string $sku,
        public readonly int $quantity,
    ) {
    }
}
