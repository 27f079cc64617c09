<?php
// A RecordsDomainEvents trait declares a static array that Order::place() appends an event to on every checkout, and nothing ever releases it.

final class DomainEvent
{
    public function __construct(public string $name, public array $payload, public float $at) {}
}

trait RecordsDomainEvents
{
    /** @var list<DomainEvent> */
    protected static array $recorded = [];

    protected static function record(string $name, array $payload): void
    {
        self::$recorded[] = new DomainEvent($name, $payload, microtime(true)); // leak
    }

    public static function recordedCount(): int
    {
        return count(self::$recorded);
    }
}

final class Order
{
    use RecordsDomainEvents;

    public function __construct(public string $number, public array $lines) {}

    public function place(string $customerEmail): void
    {
        self::record('order.placed', [
            'number' => $this->number,
            'email' => $customerEmail,
            'lines' => $this->lines,
            'note' => str_repeat('gift wrap please ', 12),
        ]);
    }
}

function checkout(int $cartId): string
{
    $order = new Order("SO-{$cartId}", ["sku-{$cartId}" => 1, 'sku-shipping' => 1]);
    $order->place("buyer{$cartId}@example.com");
    return $order->number;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    checkout($i);
}
