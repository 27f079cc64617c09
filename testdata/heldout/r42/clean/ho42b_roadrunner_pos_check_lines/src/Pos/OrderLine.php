<?php

declare(strict_types=1);

namespace App\Pos;

class OrderLine
{
    /** @var \WeakReference<Order> */
    private readonly \WeakReference $order;

    /** @param list<string> $modifiers */
    public function __construct(
        Order $order,
        public readonly string $sku,
        public readonly int $quantity,
        public readonly array $modifiers,
        public readonly int $unitPrice,
        public readonly int $modifierTotal,
        public readonly string $note = '',
    ) {
        // lines are owned by their check; don't keep the check alive from here
        $this->order = \WeakReference::create($order);
    }

    public function order(): Order
    {
        return $this->order->get() ?? throw new \LogicException("Line {$this->sku} outlived its check");
    }

    public function subtotal(): int
    {
        return ($this->unitPrice + $this->modifierTotal) * $this->quantity;
    }

    public function tax(): int
    {
        return (int) round($this->subtotal() * $this->order()->taxRate());
    }

    public function kitchenLabel(): string
    {
        $mods = $this->modifiers === [] ? '' : ' +' . implode(' +', $this->modifiers);

        return sprintf('%s %dx %s%s', $this->order()->table, $this->quantity, $this->sku, $mods);
    }
}
