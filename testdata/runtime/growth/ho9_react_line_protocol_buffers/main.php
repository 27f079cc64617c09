<?php
// A ReactPHP TCP server ingesting line-protocol metrics keeps each connection's unfinished line under a key built from spl_object_id() and the peer address.

require __DIR__ . '/vendor/react/socket.php';
require __DIR__ . '/src/LineProtocolIngest.php';

use App\Telemetry\LineProtocolIngest;
use React\EventLoop\Loop;
use React\Socket\SocketServer;

$ingest = new LineProtocolIngest();
$server = new SocketServer('0.0.0.0:8094');
$server->on('connection', [$ingest, 'onConnection']);
Loop::addServer($server);
Loop::run();
