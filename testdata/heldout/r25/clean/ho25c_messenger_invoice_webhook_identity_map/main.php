<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme-orm/Connection.php';
require __DIR__ . '/vendor/acme-orm/UnitOfWork.php';
require __DIR__ . '/vendor/acme-orm/EntityManager.php';
require __DIR__ . '/vendor/acme-messenger/Events.php';
require __DIR__ . '/vendor/acme-messenger/EventDispatcher.php';
require __DIR__ . '/vendor/acme-messenger/Worker.php';
require __DIR__ . '/src/Entity/Invoice.php';
require __DIR__ . '/src/Message/SyncInvoiceStatus.php';
require __DIR__ . '/src/Handler/SyncInvoiceStatusHandler.php';
require __DIR__ . '/src/EventSubscriber/ClearEntityManagerSubscriber.php';

use AcmeMessenger\EventDispatcher;
use AcmeMessenger\Worker;
use AcmeOrm\Connection;
use AcmeOrm\EntityManager;
use App\Entity\Invoice;
use App\EventSubscriber\ClearEntityManagerSubscriber;
use App\Handler\SyncInvoiceStatusHandler;
use App\Message\SyncInvoiceStatus;

// --- boot (once per worker process) ---------------------------------------
$em = new EntityManager(new Connection());
$em->mapEntity(
    Invoice::class,
    'invoice',
    static fn (array $row): Invoice => Invoice::fromRow($row),
    static fn (Invoice $invoice): array => $invoice->toRow(),
);

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new ClearEntityManagerSubscriber(['default' => $em]));

$handlers = [SyncInvoiceStatus::class => new SyncInvoiceStatusHandler($em)];

// Stand-in for the transport: webhook notifications from the payment provider.
function receive(int $limit): \Generator
{
    $statuses = ['paid', 'failed', 'refunded'];
    for ($i = 1; $i <= $limit; $i++) {
        yield new SyncInvoiceStatus(
            40000 + $i * 7,
            $statuses[$i % 3],
            'pi_' . bin2hex(pack('N', crc32('evt' . $i))),
            1700000000 + $i,
        );
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker(receive($n), $handlers, $dispatcher);
$worker->run();
