<?php
// A shopping cart owns its items; items know the product but not the cart.

final class Product
{
    public function __construct(public readonly string $sku, public readonly string $name, public readonly int $price) {}
}

final class CartItem
{
    public function __construct(public readonly Product $product, public int $qty) {}
}

final class Cart
{
    /** @var CartItem[] */
    private array $items = [];

    public function add(Product $product, int $qty = 1): void
    {
        $this->items[$product->sku] ??= new CartItem($product, 0);
        $this->items[$product->sku]->qty += $qty;
    }

    public function total(): int
    {
        $sum = 0;
        foreach ($this->items as $item) {
            $sum += $item->product->price * $item->qty;
        }
        return $sum;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $cart = new Cart();
    $cart->add(new Product("A{$i}", str_repeat('Coffee beans ', 10), 1299), 2);
    $cart->add(new Product("B{$i}", str_repeat('Grinder ', 10), 8999));
    $cart->total();
}
unset($cart);
