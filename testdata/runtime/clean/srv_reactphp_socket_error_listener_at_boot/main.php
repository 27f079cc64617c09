<?php
// ReactPHP socket server: the gateway subscribes its 'error' listener on the server socket once,
// before the loop runs; the 'connection' listener, run once per connection, subscribes listeners
// only on the connection, which drops them when it closes.

require_once __DIR__ . '/vendor/evenement/evenement/src/EventEmitter.php';
require_once __DIR__ . '/vendor/react/event-loop/src/Loop.php';
require_once __DIR__ . '/vendor/react/socket/src/Socket.php';
require_once __DIR__ . '/src/Gateway/GatewaySession.php';
require_once __DIR__ . '/src/Gateway/WebhookQueue.php';
require_once __DIR__ . '/src/Gateway/WebhookGateway.php';

use App\Gateway\WebhookGateway;
use App\Gateway\WebhookQueue;
use React\EventLoop\Loop;
use React\Socket\ConnectionInterface;
use React\Socket\SocketServer;

// The stand-in loop accepts PHPLEAK_N connections (default 100); each sends one chunk and closes.
$socket = new SocketServer('0.0.0.0:9000');
$gateway = new WebhookGateway($socket, new WebhookQueue());
$gateway->listen();

$socket->on('connection', function (ConnectionInterface $connection) use ($gateway): void {
    $gateway->accept($connection);
});

Loop::run();
