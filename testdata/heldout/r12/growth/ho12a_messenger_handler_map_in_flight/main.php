<?php

declare(strict_types=1);

require __DIR__ . '/src/Messenger/Envelope.php';
require __DIR__ . '/src/Messenger/InMemoryTransport.php';
require __DIR__ . '/src/Messenger/Worker.php';
require __DIR__ . '/src/Message/ShipOrder.php';
require __DIR__ . '/src/Message/RefundPayment.php';
require __DIR__ . '/src/Handler/MessageHandler.php';
require __DIR__ . '/src/Handler/ShipOrderHandler.php';
require __DIR__ . '/src/Handler/RefundPaymentHandler.php';
require __DIR__ . '/src/Handler/Metrics.php';
require __DIR__ . '/src/Handler/HandlerLocator.php';

use App\Handler\HandlerLocator;
use App\Handler\Metrics;
use App\Handler\RefundPaymentHandler;
use App\Handler\ShipOrderHandler;
use App\Message\RefundPayment;
use App\Message\ShipOrder;
use App\Messenger\Envelope;
use App\Messenger\InMemoryTransport;
use App\Messenger\Worker;

$routing = [
    ShipOrder::class => ShipOrderHandler::class,
    RefundPayment::class => RefundPaymentHandler::class,
];

$locator = new HandlerLocator($routing, new Metrics());

$transport = new InMemoryTransport(static function (int $seq): Envelope {
    $message = $seq % 2 === 0
        ? new ShipOrder(
            sprintf('ORD-%08d', $seq),
            str_repeat("Warehouse dock {$seq}, Industrial Park, 4021 Linz, Austria. ", 5),
            ['sku-' . $seq => 2, 'sku-' . ($seq + 1) => 1],
        )
        : new RefundPayment(
            sprintf('PAY-%08d', $seq),
            1250 + $seq,
            str_repeat("Customer reported damaged parcel on delivery {$seq}. ", 5),
        );

    return new Envelope(bin2hex(random_bytes(8)) . "-{$seq}", $message, ['x-retry' => '0']);
});

$worker = new Worker($transport, $locator);
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
