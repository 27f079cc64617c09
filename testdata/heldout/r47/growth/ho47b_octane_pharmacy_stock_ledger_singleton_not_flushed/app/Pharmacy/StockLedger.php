<?php

namespace App\Pharmacy;

use DomainException;

/**
 * Tracks stock on hand and the reservations made against it while a
 * dispense request is in progress.
 */
final class StockLedger
{
    /** @var array<string, int> */
    private array $onHand = [];

    /** @var array<string, int> */
    private array $reservedBySku = [];

    /** @var array<string, DispenseLine> */
    private array $reservations = [];

    public function __construct(private FormularyCatalog $catalog)
    {
        foreach ($catalog->skus() as $sku) {
            $this->onHand[$sku] = $catalog->describe($sku)['stock'];
            $this->reservedBySku[$sku] = 0;
        }
    }

    public function reserve(DispenseLine $line): int
    {
        if (!$this->catalog->has($line->sku)) {
            throw new DomainException("Unknown SKU {$line->sku}");
        }
        $available = $this->onHand[$line->sku] - $this->reservedBySku[$line->sku];
        if ($available < $line->quantity) {
            throw new DomainException("Insufficient stock for {$line->sku}");
        }
        $this->reservedBySku[$line->sku] += $line->quantity;
        $this->reservations[$line->prescriptionId] = $line; // leak
        return $available - $line->quantity;
    }

    public function isReserved(string $prescriptionId): bool
    {
        return isset($this->reservations[$prescriptionId]);
    }

    public function requiresWitness(string $sku): bool
    {
        return $this->catalog->describe($sku)['controlled'];
    }
}
