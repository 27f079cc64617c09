<?php
// Order lines point back to their order through a WeakReference.

final class Order
{
    /** @var OrderLine[] */
    private array $lines = [];

    public function __construct(public readonly string $number, public readonly string $currency) {}

    public function addLine(string $sku, int $qty, int $price): void
    {
        $this->lines[] = new OrderLine($this, $sku, $qty, $price);
    }

    public function total(): int
    {
        return array_sum(array_map(static fn (OrderLine $l): int => $l->subtotal(), $this->lines));
    }
}

final class OrderLine
{
    private WeakReference $order;

    public function __construct(Order $order, public readonly string $sku, public readonly int $qty, public readonly int $price)
    {
        $this->order = WeakReference::create($order);
    }

    public function order(): ?Order
    {
        return $this->order->get();
    }

    public function subtotal(): int
    {
        return $this->qty * $this->price;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $order = new Order("SO-{$i}", 'EUR');
    $order->addLine('sku-' . str_repeat('a', 100), 2, 1999);
    $order->addLine('sku-' . str_repeat('b', 100), 1, 4999);
    $order->total();
}
unset($order);
