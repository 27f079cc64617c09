<?php
// A long-running queue consumer sends parcel notifications, loading shipments and customers through the in-house entity manager inside a transaction middleware.

declare(strict_types=1);

require __DIR__ . '/src/Persistence/Connection.php';
require __DIR__ . '/src/Persistence/EntityManager.php';
require __DIR__ . '/src/Entity/Shipment.php';
require __DIR__ . '/src/Entity/Customer.php';
require __DIR__ . '/src/Message/ShipmentScanned.php';
require __DIR__ . '/src/Messenger/Middleware/MiddlewareInterface.php';
require __DIR__ . '/src/Messenger/Middleware/TransactionMiddleware.php';
require __DIR__ . '/src/Messenger/Middleware/ClearEntityManagerMiddleware.php';
require __DIR__ . '/src/Messenger/MessageBus.php';
require __DIR__ . '/src/Handler/ShipmentScannedHandler.php';

use Logistics\Entity\Customer;
use Logistics\Entity\Shipment;
use Logistics\Handler\ShipmentScannedHandler;
use Logistics\Message\ShipmentScanned;
use Logistics\Messenger\MessageBus;
use Logistics\Messenger\Middleware\ClearEntityManagerMiddleware;
use Logistics\Messenger\Middleware\TransactionMiddleware;
use Logistics\Persistence\Connection;
use Logistics\Persistence\EntityManager;

$entityManager = new EntityManager(new Connection(), [Shipment::class => 'shipment', Customer::class => 'customer']);
$bus = new MessageBus(
    [ShipmentScanned::class => new ShipmentScannedHandler($entityManager)],
    new ClearEntityManagerMiddleware($entityManager),
    new TransactionMiddleware($entityManager),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new ShipmentScanned(300000 + $i, 'HUB-LEJ-' . ($i % 9)));
}
