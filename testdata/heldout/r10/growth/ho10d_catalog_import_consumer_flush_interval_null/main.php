<?php

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine/orm.php';
require __DIR__ . '/vendor/messenger/messenger.php';
require __DIR__ . '/src/Message/ImportProductRow.php';
require __DIR__ . '/src/Entity/Product.php';
require __DIR__ . '/src/MessageHandler/ImportProductRowHandler.php';

use App\Message\ImportProductRow;
use App\Message\SupplierFeedTransport;
use App\MessageHandler\ImportProductRowHandler;
use Doctrine\ORM\Connection;
use Doctrine\ORM\EntityManager;
use Symfony\Component\Messenger\Worker;

$parameters = [
    // null: let the unit of work decide when to write
    'catalog.import.batch_size' => getenv('IMPORT_BATCH_SIZE') !== false ? (int) getenv('IMPORT_BATCH_SIZE') : null,
];

$em = new EntityManager(new Connection());
$handler = new ImportProductRowHandler($em, $parameters['catalog.import.batch_size']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker(new SupplierFeedTransport($n), [
    ImportProductRow::class => $handler,
]);
$worker->run();
