<?php

namespace App;

final class SyncStock
{
    public function __construct(public readonly string $sku, public readonly int $onHand, public readonly string $warehouseNote)
    {
    }
}

// Applies stock levels from the warehouse feed; remembers the last level
// it applied for every SKU it has seen.
final class SyncStockHandler
{
    /** @var array<string, array{int, string}> */
    private array $applied = [];

    public function __invoke(SyncStock $message): void
    {
        $this->applied[$message->sku] = [$message->onHand, $message->warehouseNote]; // leak
    }
}
