<?php

declare(strict_types=1);

namespace App\Entity;

use Doctrine\Common\Collections\ArrayCollection;

/**
 * @ORM\Entity(repositoryClass="App\Repository\OrderRepository")
 * @ORM\Table(name="sales_order")
 */
class Order
{
    /** @var ArrayCollection<int, OrderLine> @ORM\OneToMany(targetEntity=OrderLine::class, mappedBy="order", cascade={"persist"}) */
    private ArrayCollection $lines;

    private string $status = 'new';

    public function __construct(
        private int $id,
        private string $number,
        private string $customerEmail,
        private \DateTimeImmutable $placedAt,
    ) {
        $this->lines = new ArrayCollection();
    }

    public function getId(): int
    {
        return $this->id;
    }

    public function getNumber(): string
    {
        return $this->number;
    }

    public function getCustomerEmail(): string
    {
        return $this->customerEmail;
    }

    public function getPlacedAt(): \DateTimeImmutable
    {
        return $this->placedAt;
    }

    public function getStatus(): string
    {
        return $this->status;
    }

    public function markPaid(): void
    {
        $this->status = 'paid';
    }

    public function addLine(OrderLine $line): self
    {
        if (!$this->lines->contains($line)) {
            $this->lines->add($line); // leak
            $line->setOrder($this);
        }

        return $this;
    }

    public function removeLine(OrderLine $line): self
    {
        if ($this->lines->removeElement($line) && $line->getOrder() === $this) {
            $line->setOrder(null);
        }

        return $this;
    }

    /**
     * @return list<OrderLine>
     */
    public function getLines(): array
    {
        return array_values($this->lines->toArray());
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
