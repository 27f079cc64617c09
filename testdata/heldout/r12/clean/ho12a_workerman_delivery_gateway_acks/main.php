<?php

declare(strict_types=1);

require __DIR__ . '/stubs/Workerman.php';
require __DIR__ . '/src/Frame.php';
require __DIR__ . '/src/PendingDelivery.php';
require __DIR__ . '/src/Subscribers.php';
require __DIR__ . '/src/DeliveryGateway.php';

use App\Delivery\DeliveryGateway;
use App\Delivery\Subscribers;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('websocket://0.0.0.0:2346');
$worker->name = 'delivery-gateway';

$subscribers = new Subscribers();
$gateway = new DeliveryGateway($subscribers);
$gateway->attach($worker);

$publisher = new TcpConnection('10.0.0.5:51000');
$consumer = new TcpConnection('10.0.0.9:52000');
$subscribers->subscribe('orders', $consumer);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $id = sprintf('msg-%08d-%s', $i, bin2hex(random_bytes(4)));
    $worker->deliver($publisher, json_encode([
        'type' => 'publish',
        'id' => $id,
        'topic' => 'orders',
        'body' => str_repeat("{\"order\":{$i},\"status\":\"paid\"}", 20),
    ]));
    $worker->deliver($consumer, json_encode(['type' => 'ack', 'id' => $id]));
}
