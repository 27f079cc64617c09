<?php

declare(strict_types=1);

require __DIR__ . '/vendor/messenger/messenger.php';
require __DIR__ . '/src/Message/GenerateInvoice.php';
require __DIR__ . '/src/Message/SequenceTransport.php';
require __DIR__ . '/src/Billing/Invoice.php';
require __DIR__ . '/src/Billing/InvoiceLine.php';
require __DIR__ . '/src/Billing/Infrastructure.php';
require __DIR__ . '/src/Billing/GenerateInvoiceHandler.php';

use App\Billing\Connection;
use App\Billing\GenerateInvoiceHandler;
use App\Billing\InvoiceNumberGenerator;
use App\Billing\OrderRepository;
use App\Message\GenerateInvoice;
use App\Message\SequenceTransport;
use Messenger\HandlersLocator;
use Messenger\MessageBus;
use Messenger\Worker;

$handler = new GenerateInvoiceHandler(new OrderRepository(), new InvoiceNumberGenerator(), new Connection());
$bus = new MessageBus(new HandlersLocator([GenerateInvoice::class => [$handler]]));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker(new SequenceTransport($n), $bus);
$worker->run();
