<?php

declare(strict_types=1);

namespace App\Inventory;

final class StockItem
{
    private ?ChangeTracker $tracker = null;

    public function __construct(
        public readonly string $sku,
        public readonly string $warehouse,
        private int $onHand,
        private int $reserved,
        private string $lastMovement,
    ) {
    }

    public function trackWith(ChangeTracker $tracker): void
    {
        $this->tracker = $tracker; // leak
    }

    public function move(int $delta, string $reason): void
    {
        $this->onHand += $delta;
        $this->lastMovement = sprintf('%s %+d (%s)', date(DATE_ATOM), $delta, $reason);
        $this->tracker?->touched($this);
    }

    public function snapshot(): array
    {
        return [
            'sku' => $this->sku,
            'warehouse' => $this->warehouse,
            'on_hand' => $this->onHand,
            'reserved' => $this->reserved,
            'last_movement' => $this->lastMovement,
        ];
    }
}
