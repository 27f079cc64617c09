<?php
// A CountsDomainEvents trait declares a static array that Order::place() bumps on every checkout, keyed by the event-name constants, so it holds at most two counters.

trait CountsDomainEvents
{
    /** @var array<string, int> */
    protected static array $counts = [];

    protected static function tally(string $name): void
    {
        self::$counts[$name] = (self::$counts[$name] ?? 0) + 1;
    }

    public static function counts(): array
    {
        return self::$counts;
    }
}

final class Order
{
    use CountsDomainEvents;

    public const PLACED = 'order.placed';
    public const PLACED_WITH_GIFT = 'order.placed_with_gift';

    public function __construct(public string $number, public array $lines) {}

    public function place(string $customerEmail, bool $gift): array
    {
        self::tally($gift ? self::PLACED_WITH_GIFT : self::PLACED);
        return [
            'number' => $this->number,
            'email' => $customerEmail,
            'lines' => $this->lines,
            'note' => $gift ? str_repeat('gift wrap please ', 12) : '',
        ];
    }
}

function checkout(int $cartId): string
{
    $order = new Order("SO-{$cartId}", ["sku-{$cartId}" => 1, 'sku-shipping' => 1]);
    $order->place("buyer{$cartId}@example.com", $cartId % 3 === 0);
    return $order->number;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    checkout($i);
}
