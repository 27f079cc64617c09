<?php

// A stock-sync consumer wired by hand: the handler is registered in a
// HandlersLocator, so the bus calls it for every SyncStock message; the
// handler keeps the last level of every SKU the feed ever sends.

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/StockSync.php';

use App\SyncStock;
use App\SyncStockHandler;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

$bus = new MessageBus([
    new HandleMessageMiddleware(new HandlersLocator([
        SyncStock::class => [new SyncStockHandler()],
    ])),
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new SyncStock(sprintf('SKU-%07d', $i), $i % 40, str_repeat("feed note $i ", 40)));
}
