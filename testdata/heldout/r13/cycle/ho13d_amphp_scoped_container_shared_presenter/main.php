<?php

declare(strict_types=1);

require __DIR__ . '/src/Amp.php';
require __DIR__ . '/src/Container/Container.php';
require __DIR__ . '/src/Billing/Invoices.php';
require __DIR__ . '/src/InvoiceHandler.php';

use Amp\Http\Server\SocketHttpServer;
use App\Billing\BillingServiceProvider;
use App\Container\Container;
use App\InvoiceHandler;

$container = new Container();
(new BillingServiceProvider())->register($container);

$server = new SocketHttpServer();
$server->start(new InvoiceHandler($container), (int) (getenv('PHPLEAK_N') ?: 100));
