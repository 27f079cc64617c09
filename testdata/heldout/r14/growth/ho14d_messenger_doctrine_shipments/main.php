<?php
// Symfony Messenger + Doctrine ORM: models the fix that clears entity managers after every handled/failed message (before the fix: only on memory pressure).

require __DIR__ . '/vendor/doctrine/orm/UnitOfWork.php';
require __DIR__ . '/vendor/doctrine/orm/EntityManager.php';
require __DIR__ . '/vendor/doctrine/persistence/ManagerRegistry.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Entity/Shipment.php';
require __DIR__ . '/src/Message/ImportShipment.php';
require __DIR__ . '/src/MessageHandler/ImportShipmentHandler.php';
require __DIR__ . '/src/EventSubscriber/ClearEntityManagerOnMemoryPressure.php';
require __DIR__ . '/src/CarrierFeedReceiver.php';

use App\EventSubscriber\ClearEntityManagerOnMemoryPressure;
use App\Message\ImportShipment;
use App\MessageHandler\ImportShipmentHandler;
use App\Transport\CarrierFeedReceiver;
use Doctrine\Persistence\ManagerRegistry;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Worker;

$config = require __DIR__ . '/config/messenger.php';
$n = (int) (getenv('PHPLEAK_N') ?: 100);

$registry = new ManagerRegistry($config['doctrine']['connections'], $config['doctrine']['mappings']);

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new ClearEntityManagerOnMemoryPressure($registry, $config['consumer']['clear_entity_managers_above']));

$worker = new Worker(
    ['carrier_feed' => new CarrierFeedReceiver($n, $config['consumer']['batch_size'])],
    [ImportShipment::class => new ImportShipmentHandler($registry)],
    $dispatcher,
);
$worker->run();
