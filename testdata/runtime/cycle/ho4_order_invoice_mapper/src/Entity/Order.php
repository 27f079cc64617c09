<?php
declare(strict_types=1);

namespace Shop\Entity;

final class Order extends AbstractEntity
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(
        int $id,
        private string $customerEmail,
        private string $currency,
        private string $notes = '',
    ) {
        parent::__construct($id);
    }

    public function addLine(OrderLine $line): self
    {
        foreach ($this->lines as $existing) {
            if ($existing->equals($line)) {
                return $this;
            }
        }
        $this->lines[] = $line; // leak
        $line->setOrder($this);

        return $this;
    }

    /** @return list<OrderLine> */
    public function getLines(): array
    {
        return $this->lines;
    }

    public function getCurrency(): string
    {
        return $this->currency;
    }

    public function getCustomerEmail(): string
    {
        return $this->customerEmail;
    }

    public function getNotes(): string
    {
        return $this->notes;
    }

    public function getSubtotalCents(): int
    {
        return array_sum(array_map(static fn (OrderLine $l): int => $l->getTotalCents(), $this->lines));
    }
}
