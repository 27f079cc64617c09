<?php

declare(strict_types=1);

namespace App\Pos;

final class Order
{
    private const TAX = ['dine_in' => 0.0875, 'patio' => 0.0875, 'togo' => 0.0625];

    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(
        public readonly string $checkNumber,
        public readonly string $table,
        private readonly string $taxZone,
        private readonly LineFactory $factory,
    ) {
    }

    public function addItem(array $item): OrderLine
    {
        $line = $this->factory->make($this, $item);
        $this->lines[] = $line; // leak

        return $line;
    }

    public function taxRate(): float
    {
        return self::TAX[$this->taxZone] ?? self::TAX['dine_in'];
    }

    /** @return list<OrderLine> */
    public function lines(): array
    {
        return $this->lines;
    }

    public function total(): int
    {
        $sum = 0;
        foreach ($this->lines as $line) {
            $sum += $line->subtotal() + $line->tax();
        }

        return $sum;
    }
}
