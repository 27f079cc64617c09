<?php

declare(strict_types=1);

require __DIR__ . '/src/Domain/OrderLine.php';
require __DIR__ . '/src/Domain/LineCollection.php';
require __DIR__ . '/src/Domain/Order.php';
require __DIR__ . '/src/Import/OrderFactory.php';
require __DIR__ . '/src/Import/ImportOrderHandler.php';
require __DIR__ . '/src/Messenger/Consumer.php';

use App\Import\ImportOrder;
use App\Import\ImportOrderHandler;
use App\Import\OrderFactory;
use App\Messenger\Consumer;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$incoming = (static function (int $n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        yield new ImportOrder(
            reference: sprintf('SO-%06d', 4000 + $i),
            customerEmail: "buyer{$i}@example.test",
            lines: [
                ['sku' => "SKU-{$i}-A", 'name' => str_repeat('Ergonomic chair ', 6), 'qty' => 2, 'unit' => 14999],
                ['sku' => "SKU-{$i}-B", 'name' => str_repeat('Desk lamp ', 8), 'qty' => 1, 'unit' => 3999],
                ['sku' => "SKU-{$i}-C", 'name' => str_repeat('Cable tray ', 7), 'qty' => 4, 'unit' => 899],
            ],
        );
    }
})($n);

$consumer = new Consumer($incoming, new ImportOrderHandler(new OrderFactory()));
$consumer->run();
