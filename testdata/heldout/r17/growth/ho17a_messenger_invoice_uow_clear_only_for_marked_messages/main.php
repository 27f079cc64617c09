<?php

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine-lite/EntityManager.php';
require __DIR__ . '/src/Entity/Invoice.php';
require __DIR__ . '/src/Message/GenerateInvoice.php';
require __DIR__ . '/src/Messenger/Bus.php';
require __DIR__ . '/src/Handler/GenerateInvoiceHandler.php';

use App\Handler\GenerateInvoiceHandler;
use App\Message\GenerateInvoice;
use App\Messenger\ClearEntityManagerMiddleware;
use App\Messenger\MessageBus;
use DoctrineLite\EntityManager;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// messenger:consume async: the services below live as long as the worker
$em = new EntityManager();
$bus = new MessageBus(
    [new ClearEntityManagerMiddleware($em)],
    [GenerateInvoice::class => new GenerateInvoiceHandler($em)],
);

for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new GenerateInvoice(
        orderNumber: sprintf('%08d', 730000 + $i),
        customerId: 'cus_' . ($i % 37),
        billingAddress: "Customer {$i}\nHauptstrasse {$i}\n10115 Berlin\nGermany",
        items: [
            ['label' => "Subscription period {$i} (monthly, premium tier, incl. support)", 'cents' => 4900],
            ['label' => "Additional seats x3 for account {$i}", 'cents' => 2700],
            ['label' => 'VAT 19%', 'cents' => 1444],
        ],
    ));
}
