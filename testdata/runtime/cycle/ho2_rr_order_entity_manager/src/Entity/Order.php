<?php

declare(strict_types=1);

namespace App\Entity;

class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(
        private readonly int $id,
        private readonly string $number,
        private readonly string $customerEmail,
        private readonly string $notes = '',
    ) {}

    public function getId(): int
    {
        return $this->id;
    }

    public function getNumber(): string
    {
        return $this->number;
    }

    public function addLine(OrderLine $line): void
    {
        $this->lines[] = $line; // leak
        $line->setOrder($this); // leak
    }

    /** @return list<OrderLine> */
    public function getLines(): array
    {
        return $this->lines;
    }

    public function totalQuantity(): int
    {
        return array_sum(array_map(static fn (OrderLine $l): int => $l->getQuantity(), $this->lines));
    }
}
