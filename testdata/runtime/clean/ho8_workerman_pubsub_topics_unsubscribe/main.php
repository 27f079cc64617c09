<?php
// Workerman pub/sub broker for order-status notifications: clients authenticate, subscribe to topics and receive published events until they disconnect.

declare(strict_types=1);

use App\PubSub\Broker;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

require __DIR__ . '/vendor/workerman/workerman.php';
require __DIR__ . '/src/Broker.php';

$broker = new Broker();
$worker = new Worker('websocket://0.0.0.0:7272');
$worker->name = 'notifications';

$worker->onMessage = function (TcpConnection $connection, string $data) use ($broker): void {
    $frame = json_decode($data, true);
    match ($frame['op']) {
        'auth' => $broker->connect($connection, $frame['claims']),
        'sub' => array_map(fn (string $topic) => $broker->subscribe($connection, $topic), $frame['topics']),
        'pub' => $broker->publish($frame['topic'], json_encode($frame['event'])),
    };
};

$worker->onClose = function (TcpConnection $connection) use ($broker): void {
    $broker->disconnect($connection);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Worker::$incoming = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $claims = ['sub' => "customer-{$i}", 'scope' => 'orders:read notifications:read', 'session' => bin2hex(random_bytes(48))];
        yield ['198.51.100.' . ($i % 200) . ':' . (20000 + $i), [
            json_encode(['op' => 'auth', 'claims' => $claims]),
            json_encode(['op' => 'sub', 'topics' => ['order.shipped', 'order.delivered', 'promo.' . ($i % 4)]]),
            json_encode(['op' => 'pub', 'topic' => 'order.shipped', 'event' => ['order' => "ORD-{$i}", 'carrier' => 'DHL']]),
        ]];
    }
})();

Worker::runAll();
