<?php

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine/orm/EntityManager.php';
require __DIR__ . '/vendor/doctrine/persistence/ManagerRegistry.php';
require __DIR__ . '/src/Entity/Invoice.php';
require __DIR__ . '/src/Message/ImportInvoice.php';
require __DIR__ . '/src/Messenger/Worker.php';
require __DIR__ . '/src/Messenger/ErpInvoiceReceiver.php';
require __DIR__ . '/src/MessageHandler/ImportInvoiceHandler.php';
require __DIR__ . '/src/EventSubscriber/ClearEntityManagerSubscriber.php';

use App\EventSubscriber\ClearEntityManagerSubscriber;
use App\Message\ImportInvoice;
use App\MessageHandler\ImportInvoiceHandler;
use App\Messenger\ErpInvoiceReceiver;
use App\Messenger\EventDispatcher;
use App\Messenger\MessageBus;
use App\Messenger\Worker;
use Doctrine\ORM\EntityManager;
use Doctrine\Persistence\ManagerRegistry;

// bin/console messenger:consume erp_invoices
$registry = new ManagerRegistry(['default' => new EntityManager()]);

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new ClearEntityManagerSubscriber($registry));

$bus = new MessageBus([
    ImportInvoice::class => new ImportInvoiceHandler($registry),
]);

$worker = new Worker(['erp_invoices' => new ErpInvoiceReceiver()], $bus, $dispatcher);
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
