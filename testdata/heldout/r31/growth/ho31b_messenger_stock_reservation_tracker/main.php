<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/ReserveStock.php';
require __DIR__ . '/src/Inventory/Reservation.php';
require __DIR__ . '/src/Inventory/StockLedger.php';
require __DIR__ . '/src/Inventory/ReservationTracker.php';
require __DIR__ . '/src/Inventory/ReserveStockHandler.php';

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;
use Warehouse\Inventory\ReservationTracker;
use Warehouse\Inventory\ReserveStockHandler;
use Warehouse\Inventory\StockLedger;
use Warehouse\Message\ReserveStock;

final class OrderQueueReceiver implements ReceiverInterface
{
    private int $next = 0;

    public function get(): iterable
    {
        $i = $this->next++;
        $warehouses = ['DC-NORTH', 'DC-SOUTH'];
        $skus = ['SKU-100234', 'SKU-100871', 'SKU-203310', 'SKU-203377', 'SKU-310045'];
        yield new Envelope(new ReserveStock(
            sprintf('ORD-%07d', 880000 + $i),
            $warehouses[$i % 2],
            [
                ['sku' => $skus[$i % 5], 'qty' => 1 + $i % 4],
                ['sku' => $skus[($i + 2) % 5], 'qty' => 2],
                // every seventh order asks for more than a DC holds
                ['sku' => $skus[($i + 3) % 5], 'qty' => $i % 7 === 6 ? 900 : 1],
            ],
            $i % 3 === 0 ? 'web' : 'store-pickup',
            1715500000 + $i * 37,
        ));
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$onHand = [];
foreach (['DC-NORTH', 'DC-SOUTH'] as $dc) {
    foreach (['SKU-100234', 'SKU-100871', 'SKU-203310', 'SKU-203377', 'SKU-310045'] as $sku) {
        $onHand[$dc][$sku] = 500;
    }
}

$tracker = new ReservationTracker();
$handler = new ReserveStockHandler(new StockLedger($onHand), $tracker);
$bus = new MessageBus(new HandlersLocator([ReserveStock::class => [$handler]]));

$worker = new Worker(new OrderQueueReceiver(), $bus, (int) (getenv('PHPLEAK_N') ?: 100));
$worker->run();
