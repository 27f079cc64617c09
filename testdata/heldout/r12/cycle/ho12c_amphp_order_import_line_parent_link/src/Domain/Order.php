<?php

declare(strict_types=1);

namespace App\Domain;

final class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(
        public readonly string $number,
        public readonly string $currency,
        public readonly string $shippingAddress,
    ) {
    }

    public function addLine(string $sku, string $description, int $quantity, int $unitPriceCents): OrderLine
    {
        $line = new OrderLine($this, $sku, $description, $quantity, $unitPriceCents);
        $this->lines[] = $line; // leak

        return $line;
    }

    /** @return list<OrderLine> */
    public function lines(): array
    {
        return $this->lines;
    }

    public function totalCents(): int
    {
        return array_sum(array_map(static fn (OrderLine $l): int => $l->subtotalCents(), $this->lines));
    }
}
