<?php
// Cart items reference their cart weakly, but the cart subscribes [$this, 'recalculate'] to each item's listener array.

final class CartItem
{
    private WeakReference $cart;
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function __construct(Cart $cart, public readonly string $sku, private int $qty)
    {
        $this->cart = WeakReference::create($cart);
    }

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function setQty(int $qty): void
    {
        $this->qty = $qty;
        foreach ($this->listeners['qty'] ?? [] as $l) {
            $l($this);
        }
    }

    public function qty(): int
    {
        return $this->qty;
    }
}

final class Cart
{
    /** @var list<CartItem> */
    private array $items = [];
    public int $count = 0;

    public function __construct(public readonly string $sessionId) {}

    public function add(string $sku, int $qty): CartItem
    {
        $item = new CartItem($this, $sku, $qty);
        $item->on('qty', [$this, 'recalculate']); // leak
        $this->items[] = $item; // leak
        return $item;
    }

    public function recalculate(CartItem $changed): void
    {
        $this->count = array_sum(array_map(fn (CartItem $i) => $i->qty(), $this->items));
    }
}

function update_cart(int $i): int
{
    $cart = new Cart(str_repeat('sess', 170) . $i);
    $cart->add('SKU-' . ($i % 20), 1)->setQty(3);
    return $cart->count;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    update_cart($i);
}
