<?php
// A Messenger-style worker applies warehouse stock updates: each message loads one product through the Doctrine entity manager, adjusts it and flushes.

declare(strict_types=1);

require __DIR__ . '/lib/Doctrine/DBAL/Connection.php';
require __DIR__ . '/lib/Doctrine/ORM/Mapping/ClassMetadata.php';
require __DIR__ . '/lib/Doctrine/ORM/UnitOfWork.php';
require __DIR__ . '/lib/Doctrine/ORM/EntityRepository.php';
require __DIR__ . '/lib/Doctrine/ORM/EntityManager.php';
require __DIR__ . '/src/Entity/Product.php';
require __DIR__ . '/src/Message/SyncProductStock.php';
require __DIR__ . '/src/MessageHandler/SyncProductStockHandler.php';
require __DIR__ . '/src/Messenger/Worker.php';
require __DIR__ . '/src/Messenger/WorkerMetrics.php';

use App\Entity\Product;
use App\Message\SyncProductStock;
use App\MessageHandler\SyncProductStockHandler;
use App\Messenger\Worker;
use App\Messenger\WorkerMetrics;
use Doctrine\DBAL\Connection;
use Doctrine\ORM\EntityManager;
use Doctrine\ORM\Mapping\ClassMetadata;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$entityManager = new EntityManager(new Connection(['driver' => 'pdo_mysql', 'dbname' => 'inventory']));
$entityManager->registerMetadata(new ClassMetadata(Product::class, 'product', 'id', [
    'id' => 'id',
    'sku' => 'sku',
    'name' => 'name',
    'description' => 'description',
    'stock' => 'stock',
    'warehouse' => 'warehouse',
    'updatedAt' => 'updated_at',
]));

$worker = new Worker([SyncProductStock::class => new SyncProductStockHandler($entityManager)]);
$worker->onMessageHandled(new WorkerMetrics());

$messages = static function (int $count): \Generator {
    for ($i = 0; $i < $count; $i++) {
        yield new SyncProductStock(100000 + $i, $i % 2 ? -1 : 5, 'erp');
    }
};

$worker->run($messages($n));
