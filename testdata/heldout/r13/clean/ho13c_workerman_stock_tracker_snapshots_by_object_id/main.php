<?php

declare(strict_types=1);

use App\Inventory\StockRepository;
use App\Inventory\TransferStockHandler;
use Workerman\Worker;

require __DIR__ . '/src/Workerman/Worker.php';
require __DIR__ . '/src/Inventory/StockItem.php';
require __DIR__ . '/src/Inventory/ChangeTracker.php';
require __DIR__ . '/src/Inventory/StockRepository.php';
require __DIR__ . '/src/Inventory/TransferStockHandler.php';

$handler = new TransferStockHandler(new StockRepository());

$inventory = new Worker('text://0.0.0.0:2346');
$inventory->name = 'inventory-commands';
$inventory->count = 4;
$inventory->onMessage = static function ($connection, string $frame) use ($handler): void {
    $handler($connection, $frame);
};

Worker::runAll();
