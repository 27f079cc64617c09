<?php
// Ratchet chat server (IoServer over a raw socket) relaying each message to the other connected clients.

declare(strict_types=1);

use MyApp\Chat;
use Ratchet\Server\IoServer;
use React\Socket\SocketServer;

require __DIR__ . '/vendor/cboden/ratchet.php';
require __DIR__ . '/src/Chat.php';

$server = IoServer::factory(new Chat(), 8080);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
SocketServer::$traffic = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield ['127.0.0.1:' . (52000 + $i), ["/nick night-owl-{$i}", "hello from client {$i}"]];
    }
})();

$server->run();
