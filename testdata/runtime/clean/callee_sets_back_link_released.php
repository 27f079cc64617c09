<?php
// The same cart, emptied when the request is done: checkout() breaks
// every back-link before the cart goes.

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
        $item->cart = $this;
    }

    public function add(Item $item): void
    {
        $this->items[] = $item;
        $this->adopt($item);
    }

    public function checkout(): int
    {
        $n = count($this->items);
        foreach ($this->items as $item) {
            $item->cart = null;
        }
        $this->items = [];
        return $n;
    }
}

function handle(int $i): void
{
    $cart = new Cart();
    $cart->add(new Item("sku-{$i}", str_repeat('n', 600)));
    $cart->checkout();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
