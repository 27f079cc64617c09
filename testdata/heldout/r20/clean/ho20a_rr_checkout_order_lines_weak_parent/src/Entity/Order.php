<?php

declare(strict_types=1);

namespace App\Entity;

class Order
{
    private ?int $id = null;

    /** @var list<OrderLine> */
    private array $lines = [];

    private int $subtotal = 0;
    private int $tax = 0;
    private string $status = 'cart';

    public function __construct(
        private readonly int $customerId,
        private readonly string $region,
        private readonly \DateTimeImmutable $createdAt = new \DateTimeImmutable(),
    ) {
    }

    public function addLine(string $sku, int $quantity, int $unitPrice): OrderLine
    {
        $line = new OrderLine($this, $sku, $quantity, $unitPrice);
        $this->lines[] = $line;
        $this->subtotal += $line->total();

        return $line;
    }

    public function getRegion(): string
    {
        return $this->region;
    }

    public function getTax(): int
    {
        return $this->tax;
    }

    public function setTax(int $tax): void
    {
        $this->tax = $tax;
    }

    public function place(): void
    {
        $this->status = 'placed';
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function toArray(): array
    {
        return [
            'id' => $this->id,
            'customer' => $this->customerId,
            'status' => $this->status,
            'created_at' => $this->createdAt->format(\DATE_ATOM),
            'subtotal' => $this->subtotal,
            'tax' => $this->tax,
            'total' => $this->subtotal + $this->tax,
            'lines' => array_map(static fn (OrderLine $l): array => $l->toArray(), $this->lines),
        ];
    }
}

class OrderLine
{
    private \WeakReference $order;

    public function __construct(
        Order $order,
        private string $sku,
        private int $quantity,
        private int $unitPrice,
    ) {
        $this->order = \WeakReference::create($order);
    }

    public function getOrder(): Order
    {
        return $this->order->get() ?? throw new \LogicException('Order line is detached from its order.');
    }

    public function total(): int
    {
        return $this->quantity * $this->unitPrice;
    }

    public function toArray(): array
    {
        return ['sku' => $this->sku, 'qty' => $this->quantity, 'unit' => $this->unitPrice];
    }
}
