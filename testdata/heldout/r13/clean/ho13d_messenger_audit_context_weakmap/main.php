<?php

declare(strict_types=1);

require __DIR__ . '/src/Messenger.php';
require __DIR__ . '/src/Audit/Audit.php';
require __DIR__ . '/src/Billing/ImportInvoice.php';

use App\Audit\AuditContextRegistry;
use App\Audit\AuditLog;
use App\Audit\AuditTrailMiddleware;
use App\Billing\ImportInvoice;
use App\Billing\ImportInvoiceHandler;
use App\Billing\InvoiceQueueReceiver;
use Symfony\Component\Messenger\HandleMessageMiddleware;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume invoices
$registry = new AuditContextRegistry();
$bus = new MessageBus([
    new AuditTrailMiddleware($registry),
    new HandleMessageMiddleware([ImportInvoice::class => new ImportInvoiceHandler($registry, new AuditLog())]),
]);

$worker = new Worker(new InvoiceQueueReceiver((int) (getenv('PHPLEAK_N') ?: 100)), $bus);
$worker->run();
