<?php
declare(strict_types=1);

require __DIR__ . '/src/Ratchet/Contracts.php';
require __DIR__ . '/src/Realtime/Subscription.php';
require __DIR__ . '/src/Realtime/ClientSession.php';
require __DIR__ . '/src/Realtime/PriceFeedServer.php';

use App\Realtime\PriceFeedServer;
use Ratchet\WsConnection;

// IoServer::factory(new HttpServer(new WsServer($feed)), 8080)->run() in production;
// here each iteration is one short-lived browser tab.
$feed = new PriceFeedServer(['fx.eurusd', 'fx.gbpusd', 'crypto.btceur', 'equities.dax']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $conn = new WsConnection($i, '192.0.2.' . ($i % 250) . ':' . (50000 + $i % 10000));
    $feed->onOpen($conn);
    $feed->onMessage($conn, json_encode(['op' => 'subscribe', 'topic' => 'fx.eurusd', 'filter' => ['depth' => '5', 'client' => str_repeat('w', 60)]]));
    $feed->onMessage($conn, json_encode(['op' => 'subscribe', 'topic' => 'crypto.btceur', 'filter' => ['depth' => '10', 'client' => str_repeat('w', 60)]]));
    $feed->onClose($conn);
}
unset($conn);
