<?php

require __DIR__ . '/vendor/event-dispatcher/EventSubscriberInterface.php';
require __DIR__ . '/vendor/event-dispatcher/StoppableEventInterface.php';
require __DIR__ . '/vendor/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/messenger/Envelope.php';
require __DIR__ . '/vendor/messenger/Middleware.php';
require __DIR__ . '/src/Message/ImportSupplierFeed.php';
require __DIR__ . '/src/Event/ProductImported.php';
require __DIR__ . '/src/Audit/AuditLog.php';
require __DIR__ . '/src/EventSubscriber/CatalogCacheSubscriber.php';
require __DIR__ . '/src/EventSubscriber/ImportAuditSubscriber.php';
require __DIR__ . '/src/Messenger/AuditImportMiddleware.php';
require __DIR__ . '/src/MessageHandler/ImportSupplierFeedHandler.php';

use App\Audit\AuditLog;
use App\EventSubscriber\CatalogCacheSubscriber;
use App\Message\ImportSupplierFeed;
use App\MessageHandler\ImportSupplierFeedHandler;
use App\Messenger\AuditImportMiddleware;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Middleware\MessageBus;
use Symfony\Component\Messenger\Middleware\UnrecoverableMessageHandlingException;

// Container boot for `bin/console messenger:consume supplier_feeds`.
$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new CatalogCacheSubscriber());
$auditLog = new AuditLog();
$bus = new MessageBus([
    new AuditImportMiddleware($dispatcher, $auditLog),
    new HandleMessageMiddleware([ImportSupplierFeed::class => new ImportSupplierFeedHandler($dispatcher)]),
]);

$titles = ['Oak desk 140cm', 'Ergonomic chair mesh', 'Monitor arm dual', 'Cable tray steel', 'Desk lamp LED', 'Footrest adjustable', 'Whiteboard 90x60', 'Drawer unit 3x'];
$rejected = 0;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $supplierId = 300 + $i % 12;
    $rows = [];
    foreach ($titles as $k => $title) {
        // Some supplier feeds ship rows with a missing price.
        $price = ($i % 3 === 2 && $k === 5) ? 0 : 1999 + ($i * 13 + $k * 100) % 5000;
        $rows[] = ['sku' => sprintf('S%03d-%02d', $supplierId, $k), 'title' => $title, 'price' => $price, 'stock' => ($i + $k) % 40];
    }
    $message = new ImportSupplierFeed($supplierId, "https://feeds.supplier{$supplierId}.example/export.csv?batch=" . (88000 + $i), $rows);

    try {
        $bus->dispatch($message);
    } catch (UnrecoverableMessageHandlingException $e) {
        // The worker rejects the message to the failure transport and moves on.
        $rejected++;
    }
    unset($message, $rows, $e);
}
