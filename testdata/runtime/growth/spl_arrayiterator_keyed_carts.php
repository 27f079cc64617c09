<?php
// A shop's cart store, built before the request loop, keeps carts in an ArrayIterator under 'cart'.$id and keeps them after checkout.

final class Cart
{
    public array $lines = [];

    public function add(string $sku, int $qty, string $title): void
    {
        $this->lines[] = ['sku' => $sku, 'qty' => $qty, 'title' => $title];
    }
}

final class CartStore
{
    private ArrayIterator $carts;

    public function __construct()
    {
        $this->carts = new ArrayIterator();
    }

    public function open(int $customerId): Cart
    {
        $cart = new Cart();
        $this->carts['cart' . $customerId] = $cart; // leak
        return $cart;
    }

    public function checkout(int $customerId): int
    {
        $cart = $this->carts['cart' . $customerId];
        return array_sum(array_column($cart->lines, 'qty'));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$store = new CartStore();
for ($i = 0; $i < $n; $i++) {
    $cart = $store->open($i);
    $cart->add('SKU-' . $i, 2, 'Organic cotton t-shirt ' . str_repeat('(size M) ', 70));
    $store->checkout($i);
}
unset($cart);
