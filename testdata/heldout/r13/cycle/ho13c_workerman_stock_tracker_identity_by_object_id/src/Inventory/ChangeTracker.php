<?php

declare(strict_types=1);

namespace App\Inventory;

/** Unit of work for one command frame: remembers what was loaded and what changed. */
final class ChangeTracker
{
    /** @var array<int, StockItem> */
    private array $managed = [];

    /** @var array<int, array<string, scalar>> */
    private array $originals = [];

    /** @var array<int, true> */
    private array $dirty = [];

    public function manage(StockItem $item): StockItem
    {
        $oid = spl_object_id($item);
        $this->managed[$oid] = $item; // leak
        $this->originals[$oid] = $item->snapshot();
        $item->trackWith($this);

        return $item;
    }

    public function touched(StockItem $item): void
    {
        $this->dirty[spl_object_id($item)] = true;
    }

    /** @return list<array{before: array, after: array}> */
    public function changeSet(): array
    {
        $changes = [];
        foreach ($this->managed as $oid => $item) {
            if (isset($this->dirty[$oid])) {
                $changes[] = ['before' => $this->originals[$oid], 'after' => $item->snapshot()];
            }
        }

        return $changes;
    }
}
