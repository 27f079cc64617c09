<?php

declare(strict_types=1);

namespace App\Domain;

final class Order
{
    private LineCollection $lines;

    public function __construct(
        public readonly string $reference,
        public readonly string $customerEmail,
    ) {
        $this->lines = new LineCollection();
    }

    public function addLine(OrderLine $line): void
    {
        $this->lines->add($line, $this);
    }

    public function lines(): LineCollection
    {
        return $this->lines;
    }

    public function totalCents(): int
    {
        $total = 0;
        foreach ($this->lines as $line) {
            $total += $line->subtotalCents();
        }

        return $total;
    }
}
