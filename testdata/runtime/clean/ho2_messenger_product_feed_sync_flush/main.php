<?php
// A Messenger worker consumes supplier feed rows and a product sync handler diffs each row against the catalog, buffering field changes until the end of the message.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/src/Message/SyncProductFeed.php';
require_once __DIR__ . '/src/Catalog/FieldChange.php';
require_once __DIR__ . '/src/Catalog/ProductCatalog.php';
require_once __DIR__ . '/src/Transport/SupplierFeedReceiver.php';
require_once __DIR__ . '/src/MessageHandler/SyncProductFeedHandler.php';

use App\Catalog\ProductCatalog;
use App\MessageHandler\SyncProductFeedHandler;
use App\Transport\SupplierFeedReceiver;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$catalog = new ProductCatalog();
$bus = new MessageBus(HandlersLocator::fromTaggedServices(new SyncProductFeedHandler($catalog)));
$worker = new Worker(['supplier_feed' => new SupplierFeedReceiver('bosch', $n)], $bus, new EventDispatcher());
$worker->run(['limit' => $n]);
