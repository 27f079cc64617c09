<?php

namespace App\MessageHandler;

use App\Inventory\StockChangeSet;
use App\Inventory\StockRepository;
use App\Message\SyncProductStock;

final class SyncProductStockHandler
{
    public function __construct(
        private StockRepository $products,
        private StockChangeSet $changes,
    ) {
    }

    public function __invoke(SyncProductStock $message): void
    {
        $product = $this->products->find($message->sku);
        $this->changes->record($product, $message->warehouse, $message->onHand, $message->erpDocument);
        $this->changes->commit();
    }
}
