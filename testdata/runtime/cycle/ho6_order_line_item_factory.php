<?php
// A checkout worker builds a per-request Order whose factory method creates line items that point back at the order and keeps them in its list.

final class LineItem
{
    public function __construct(
        private Order $order, // leak
        public readonly string $sku,
        public readonly int $quantity,
        public readonly int $unitCents,
    ) {}

    public function label(): string
    {
        return sprintf('%dx %s (%s %.2f)', $this->quantity, $this->sku, $this->order->currency, $this->unitCents / 100);
    }

    public function totalCents(): int
    {
        return $this->quantity * $this->unitCents;
    }
}

final class Order
{
    /** @var list<LineItem> */
    private array $lines = [];

    public function __construct(
        public readonly string $number,
        public readonly string $currency,
        public readonly string $notes,
    ) {}

    public function addLine(string $sku, int $quantity, int $unitCents): LineItem
    {
        $line = new LineItem($this, $sku, $quantity, $unitCents);
        $this->lines[] = $line; // leak
        return $line;
    }

    public function totalCents(): int
    {
        return array_sum(array_map(static fn (LineItem $l): int => $l->totalCents(), $this->lines));
    }
}

final class CheckoutService
{
    public function quote(array $cart): array
    {
        $order = new Order('Q-' . $cart['id'], $cart['currency'], $cart['notes']);
        foreach ($cart['items'] as [$sku, $qty, $price]) {
            $order->addLine($sku, $qty, $price);
        }
        return ['number' => $order->number, 'total' => $order->totalCents()];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$checkout = new CheckoutService();
for ($i = 0; $i < $n; $i++) {
    $checkout->quote([
        'id' => $i,
        'currency' => 'EUR',
        'notes' => str_repeat("Leave parcel with neighbour at no. {$i}. ", 12),
        'items' => [['SKU-' . $i, 1, 1299], ['GIFTWRAP', 1, 250]],
    ]);
}
