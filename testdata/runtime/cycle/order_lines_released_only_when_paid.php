<?php
// A checkout worker builds an order per request; each line gets a back-
// link to its order as it is added. The order lets go of its lines
// (clearLines()) only when the payment outcome is PAID: the declined and
// pending orders, two in three, stay linked to their lines, a cycle each.

final class OrderLine
{
    private ?Order $order = null;

    public function __construct(public readonly string $sku, public readonly int $cents)
    {
    }

    public function setOrder(?Order $order): void
    {
        $this->order = $order; // leak
    }
}

final class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(public readonly string $id)
    {
    }

    public function addLine(OrderLine $line): void
    {
        $this->lines[] = $line; // leak
        $line->setOrder($this);
    }

    public function clearLines(): void
    {
        foreach ($this->lines as $line) {
            $line->setOrder(null);
        }
        $this->lines = [];
    }
}

final class Checkout
{
    public const PAID = 'paid';
    public const DECLINED = 'declined';
    public const PENDING = 'pending';

    public function run(int $i): string
    {
        $order = new Order('ord-' . $i);
        $order->addLine(new OrderLine('SKU-' . ($i % 40) . str_repeat('-', 240), 1999));
        $order->addLine(new OrderLine('SKU-' . ($i % 13) . str_repeat('-', 240), 499));
        $decision = [self::PAID, self::DECLINED, self::PENDING][$i % 3];
        if ($decision === self::PAID) {
            $order->clearLines();
        }

        return $decision;
    }
}

$checkout = new Checkout();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $checkout->run($i);
}
