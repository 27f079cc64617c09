<?php

namespace App\Entity;

class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    private string $status = 'new';

    public function __construct(
        private string $number,
        private string $customerEmail,
        private string $country,
    ) {
    }

    public function getNumber(): string
    {
        return $this->number;
    }

    public function getCountry(): string
    {
        return $this->country;
    }

    public function addLine(OrderLine $line): static
    {
        if (!in_array($line, $this->lines, true)) {
            $this->lines[] = $line; // leak
            $line->setOrder($this); // leak
        }
        return $this;
    }

    /** @return list<OrderLine> */
    public function getLines(): array
    {
        return $this->lines;
    }

    public function getTotal(): int
    {
        return array_sum(array_map(static fn (OrderLine $l): int => $l->getGross(), $this->lines));
    }

    public function markImported(): void
    {
        $this->status = 'imported';
    }
}
