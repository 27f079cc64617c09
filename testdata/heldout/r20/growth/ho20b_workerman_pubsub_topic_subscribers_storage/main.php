<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman-lite/TcpConnection.php';
require __DIR__ . '/vendor/workerman-lite/Worker.php';
require __DIR__ . '/src/Subscription.php';
require __DIR__ . '/src/TopicBroker.php';
require __DIR__ . '/src/ProtocolHandler.php';

use App\PubSub\ProtocolHandler;
use App\PubSub\TopicBroker;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$config = require __DIR__ . '/config/topics.php';

$broker = new TopicBroker($config['topics']);
$handler = new ProtocolHandler($broker, $config['max_filters']);

$worker = new Worker('websocket://0.0.0.0:8090');
$worker->onConnect = $handler->onConnect(...);
$worker->onMessage = $handler->onMessage(...);
$worker->onClose = $handler->onClose(...);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $client = new TcpConnection(sprintf('172.16.%d.%d:%d', $i % 250, ($i * 3) % 250, 30000 + $i % 30000));
    $worker->acceptConnection($client);
    $worker->receive($client, json_encode([
        'op' => 'subscribe',
        'client' => 'dash-' . bin2hex(random_bytes(12)),
        'topics' => ['orders.created', 'prices.eur'],
        'filters' => ['region' => 'eu-' . ($i % 5), 'account' => 'acct_' . bin2hex(random_bytes(10))],
    ]));
    $worker->receive($client, json_encode([
        'op' => 'publish',
        'topic' => 'status',
        'event' => ['region' => 'eu-1', 'state' => 'ok'],
    ]));
    $client->destroy();
    unset($client);
}
