<?php

declare(strict_types=1);

namespace App\Entity;

class Invoice
{
    /** @var list<array{sku: string, description: string, quantity: int, unitCents: int}> */
    private array $lines = [];

    private int $totalCents = 0;

    public function __construct(
        private string $id,
        private string $number,
        private string $customerName,
        private string $billingAddress,
        private \DateTimeImmutable $issuedAt,
    ) {
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function getNumber(): string
    {
        return $this->number;
    }

    public function addLine(string $sku, string $description, int $quantity, int $unitCents): void
    {
        $this->lines[] = [
            'sku' => $sku,
            'description' => $description,
            'quantity' => $quantity,
            'unitCents' => $unitCents,
        ];
        $this->totalCents += $quantity * $unitCents;
    }

    public function getTotalCents(): int
    {
        return $this->totalCents;
    }
}
