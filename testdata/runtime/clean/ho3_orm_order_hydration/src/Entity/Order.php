<?php

declare(strict_types=1);

namespace Shop\Entity;

/**
 * Aggregate root for a customer order.
 */
class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    private string $status = 'new';

    public function __construct(
        private int $id,
        private string $customerEmail,
        private \DateTimeImmutable $placedAt,
        private string $shippingAddress = '',
    ) {
    }

    public function getId(): int
    {
        return $this->id;
    }

    public function getCustomerEmail(): string
    {
        return $this->customerEmail;
    }

    public function getPlacedAt(): \DateTimeImmutable
    {
        return $this->placedAt;
    }

    public function getShippingAddress(): string
    {
        return $this->shippingAddress;
    }

    public function getStatus(): string
    {
        return $this->status;
    }

    public function markPaid(): void
    {
        $this->status = 'paid';
    }

    public function addLine(OrderLine $line): void
    {
        foreach ($this->lines as $existing) {
            if ($existing === $line) {
                return;
            }
        }
        if ($line->getOrderId() !== $this->id) {
            throw new \InvalidArgumentException('Line belongs to another order.');
        }
        $this->lines[] = $line;
    }

    public function removeLine(OrderLine $line): void
    {
        foreach ($this->lines as $k => $existing) {
            if ($existing === $line) {
                unset($this->lines[$k]);
            }
        }
        $this->lines = array_values($this->lines);
    }

    /**
     * @return list<OrderLine>
     */
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
}
