<?php
// A Messenger consumer that builds an Order aggregate whose lines point back to it through a WeakReference.

require __DIR__ . '/vendor/messenger.php';
require __DIR__ . '/src/Message/PlaceOrder.php';
require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Entity/OrderLine.php';
require __DIR__ . '/src/MessageHandler/PlaceOrderHandler.php';

use App\Message\PlaceOrder;
use App\MessageHandler\PlaceOrderHandler;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$receiver = (function () use ($n) {
    for ($i = 0; $i < $n; $i++) {
        yield new Envelope(new PlaceOrder("cust-{$i}", [["SKU-{$i}", 2, 1999]]));
    }
})();

$worker = new Worker($receiver, [PlaceOrder::class => new PlaceOrderHandler()]);
$worker->run();
