<?php
// A ReactPHP TCP server for telemetry devices, each connection getting a session that schedules a keep-alive ping on the event loop.

require __DIR__ . '/vendor/react.php';
require __DIR__ . '/src/TelemetrySession.php';

use App\Telemetry\TelemetrySession;
use React\Socket\Connection;
use React\Socket\SocketServer;

$server = new SocketServer('0.0.0.0:7000');
$server->on('connection', static function (Connection $connection): void {
    $session = new TelemetrySession($connection);
    $connection->on('data', $session->ingest(...));
    $connection->on('close', $session->close(...));
});
$server->acceptAll();
