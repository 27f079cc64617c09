<?php
// A cart adds lines through a static factory of the line class, which
// makes the line and hands it the cart's unit price with a setter; the
// cart keeps its lines, the lines keep nothing of the cart.

final class CartLine
{
    private int $unitPrice = 0;

    private function __construct(public readonly string $sku, public readonly int $qty)
    {
    }

    public static function forCart(Cart $cart, string $sku, int $qty): self
    {
        $line = new self($sku, $qty);
        $line->pricedBy($cart->unitPrice);
        return $line;
    }

    public function pricedBy(int $unitPrice): void
    {
        $this->unitPrice = $unitPrice;
    }

    public function total(): int
    {
        return $this->qty * $this->unitPrice;
    }
}

final class Cart
{
    /** @var array<string, CartLine> */
    private array $lines = [];

    public function __construct(public readonly string $id, public readonly int $unitPrice, public readonly string $notes)
    {
    }

    public function add(string $sku, int $qty): CartLine
    {
        return $this->lines[$sku] = CartLine::forCart($this, $sku, $qty);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$totals = 0;
for ($i = 0; $i < $n; $i++) {
    $cart = new Cart(sprintf('cart-%06d', $i), 250, str_repeat('gift note ', 60));
    $totals += $cart->add('SKU-' . ($i % 40), 1 + $i % 3)->total();
    $cart->add('SKU-' . ($i % 17 + 100), 2);
}
