<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Presence/PresenceChannel.php';
require __DIR__ . '/src/Presence/PresenceHub.php';

use App\Presence\PresenceHub;
use Wsock\Connection;
use Wsock\Server;

$rooms = ['lobby', 'support', 'ops'];
$server = new Server();
$hub = new PresenceHub($rooms);

// agents that stay connected for the whole run
foreach ($rooms as $k => $room) {
    $agent = $server->accept("10.0.0.{$k}:40000", ['User-Agent' => 'agent-console/3.1']);
    $hub->subscribe($agent, $room, ['user_id' => 'agent-' . $k, 'user_info' => ['name' => 'Agent ' . $k]]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = $server->accept(sprintf('203.0.113.%d:%d', $i % 250, 50000 + $i % 10000), [
        'Host' => 'ws.example.test',
        'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
        'Sec-WebSocket-Key' => base64_encode(random_bytes(16)),
        'Cookie' => sprintf('session=%s; locale=en', bin2hex(random_bytes(24))),
    ]);
    $hub->subscribe($connection, $rooms[$i % 3], [
        'user_id' => 'visitor-' . (70000 + $i),
        'user_info' => ['name' => 'Visitor ' . $i, 'page' => '/orders/' . (500000 + $i)],
    ]);
    $connection->receive(json_encode(['event' => 'typing', 'data' => ['user_id' => 'visitor-' . (70000 + $i)]]));
    $connection->close();
}
