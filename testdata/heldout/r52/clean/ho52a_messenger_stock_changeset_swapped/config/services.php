<?php

use App\Inventory\StockChangeSet;
use App\Inventory\StockRepository;
use App\Message\SyncProductStock;
use App\MessageHandler\SyncProductStockHandler;

// The container of the consumer process: every service is built once.
$repository = new StockRepository();
$changes = new StockChangeSet($repository);

return [
    SyncProductStock::class => [new SyncProductStockHandler($repository, $changes)],
];
