<?php

declare(strict_types=1);

require __DIR__ . '/src/Workerman.php';
require __DIR__ . '/src/Outbox.php';
require __DIR__ . '/src/PushGateway.php';

use App\Push\JsonFrameEncoder;
use App\Push\PushGateway;
use App\Push\SubscriberRegistry;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$registry = new SubscriberRegistry();
$gateway = new PushGateway($registry, new JsonFrameEncoder());

$worker = new Worker('websocket://0.0.0.0:8282');
$worker->onConnect = static function (TcpConnection $connection) use ($registry): void {
    $registry->subscribe($connection);
};
$worker->onMessage = [$gateway, 'onPublisherFrame'];

// Three dashboards stay connected for the life of the worker.
foreach (['10.0.0.11:51000', '10.0.0.12:51004', '10.0.0.13:51009'] as $address) {
    $worker->accept(new TcpConnection($address));
}
$publisher = new TcpConnection('10.0.1.2:40000');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->feed($publisher, json_encode([
        'channel' => 'orders.eu-west',
        'event' => [
            'type' => 'order.shipped',
            'order_id' => 500_000 + $i,
            'carrier' => 'DHL Express',
            'tracking' => sprintf('JD%018d', 7_700_000 + $i),
            'summary' => sprintf('Order %d left the Rotterdam warehouse, %s', 500_000 + $i, str_repeat('eta tomorrow ', 6)),
        ],
    ]));
}
