<?php

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Message/SyncProductStock.php';
require __DIR__ . '/src/Inventory/Product.php';
require __DIR__ . '/src/Inventory/StockDelta.php';
require __DIR__ . '/src/Inventory/StockRepository.php';
require __DIR__ . '/src/Inventory/StockChangeSet.php';
require __DIR__ . '/src/Inventory/ErpStockReceiver.php';
require __DIR__ . '/src/MessageHandler/SyncProductStockHandler.php';

use App\Inventory\ErpStockReceiver;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume erp_stock
$worker = new Worker(
    ['erp_stock' => new ErpStockReceiver()],
    new HandlersLocator(require __DIR__ . '/config/services.php'),
);
$worker->run();
