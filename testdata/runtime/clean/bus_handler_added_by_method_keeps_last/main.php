<?php
// A consumer hands a library worker its message bus and a generator of
// messages. The handler is added to the bus with a method call after the
// bus is made; it keeps only the last order it has seen.

require __DIR__ . '/vendor/Bus.php';
require __DIR__ . '/src/Orders.php';

use Acme\Bus\MessageBus;
use Acme\Bus\Worker;
use App\Orders\OrderPlaced;
use App\Orders\RecordOrder;

$bus = new MessageBus();
$bus->addHandler(OrderPlaced::class, new RecordOrder());
$messages = (function (int $n) {
    for ($i = 0; $i < $n; $i++) {
        yield new OrderPlaced('ord-' . (700000 + $i), str_repeat('n', 640));
    }
})((int) (getenv('PHPLEAK_N') ?: 100));
(new Worker($bus))->run($messages);
