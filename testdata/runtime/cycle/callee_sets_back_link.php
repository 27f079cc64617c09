<?php
// A cart adds an item and, in a helper, makes the item point back at the
// cart: the cart keeps the item, the item the cart.

final class Item
{
    public ?Cart $cart = null;

    public function __construct(public readonly string $sku, public string $notes = '') {}
}

final class Cart
{
    /** @var list<Item> */
    public array $items = [];

    private function adopt(Item $item): void
    {
        $item->cart = $this; // leak
    }

    public function add(Item $item): void
    {
        $this->items[] = $item; // leak
        $this->adopt($item);
    }
}

function handle(int $i): void
{
    $cart = new Cart();
    $cart->add(new Item("sku-{$i}", str_repeat('n', 600)));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
