<?php

declare(strict_types=1);

namespace App\Entity;

final class Invoice
{
    /** @var list<array{label: string, cents: int}> */
    private array $items = [];

    public function __construct(
        private readonly string $id,
        private readonly string $customerId,
        private readonly \DateTimeImmutable $issuedAt,
        private readonly string $billingAddress,
    ) {
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function addItem(string $label, int $cents): void
    {
        $this->items[] = ['label' => $label, 'cents' => $cents];
    }
}
