<?php

declare(strict_types=1);

namespace App\Pos;

class OrderLine
{
    /** @param list<string> $modifiers */
    public function __construct(
        private readonly Order $order, // leak
        public readonly string $sku,
        public readonly int $quantity,
        public readonly array $modifiers,
        public readonly int $unitPrice,
        public readonly int $modifierTotal,
        public readonly string $note = '',
    ) {
    }

    public function order(): Order
    {
        return $this->order;
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
