<?php

namespace App;

final class SyncStock
{
    public function __construct(public readonly string $sku, public readonly int $onHand, public readonly string $warehouseNote)
    {
    }
}

// Applies stock levels from the warehouse feed; remembers only the last
// level it applied, for the next message's log line.
final class SyncStockHandler
{
    /** @var array{string, int, string}|null */
    private ?array $last = null;

    public function __invoke(SyncStock $message): void
    {
        $this->last = [$message->sku, $message->onHand, $message->warehouseNote];
    }
}
