<?php

declare(strict_types=1);

namespace Acme\Shop\Entity;

/**
 * Aggregate root of the order bounded context. Owns its lines; the inverse
 * side of the association is kept in sync the way Doctrine docs recommend.
 */
class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    private string $status = 'cart';

    public function __construct(
        private readonly string $reference,
        private readonly string $customerEmail,
        private readonly \DateTimeImmutable $createdAt,
    ) {
    }

    public function getReference(): string
    {
        return $this->reference;
    }

    public function getCustomerEmail(): string
    {
        return $this->customerEmail;
    }

    public function getCreatedAt(): \DateTimeImmutable
    {
        return $this->createdAt;
    }

    public function addLine(OrderLine $line): self
    {
        foreach ($this->lines as $existing) {
            if ($existing === $line) {
                return $this;
            }
        }
        $this->lines[] = $line;
        $line->setOrder($this);

        return $this;
    }

    /** @return list<OrderLine> */
    public function getLines(): array
    {
        return $this->lines;
    }

    public function getTotalCents(): int
    {
        $total = 0;
        foreach ($this->lines as $line) {
            $total += $line->getSubtotalCents();
        }

        return $total;
    }

    public function markPlaced(): void
    {
        if ($this->lines === []) {
            throw new \LogicException('Cannot place an empty order');
        }
        $this->status = 'placed';
    }

    public function getStatus(): string
    {
        return $this->status;
    }
}
