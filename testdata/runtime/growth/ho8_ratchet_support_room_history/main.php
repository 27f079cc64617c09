<?php
// Ratchet help-desk room broadcasting customer and agent messages and replaying recent ones to whoever joins.

declare(strict_types=1);

use Helpdesk\Socket\SupportRoom;
use Ratchet\Server\IoServer;
use React\Socket\SocketServer;

require __DIR__ . '/vendor/cboden/ratchet.php';
require __DIR__ . '/src/SupportRoom.php';

$server = IoServer::factory(new SupportRoom(), 8090, '127.0.0.1');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
SocketServer::$traffic = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $body = "<p>Order #{$i} arrived damaged. " . str_repeat('The box was crushed and two items are broken. ', 14) . '</p>';
        yield ['10.1.0.' . ($i % 200) . ':' . (33000 + $i), [json_encode(['author' => "customer-{$i}", 'body' => $body])]];
    }
})();

$server->run();
