<?php

declare(strict_types=1);

require __DIR__ . '/vendor/swoole/websocket.php';
require __DIR__ . '/src/Telemetry/CraneLink.php';
require __DIR__ . '/src/Telemetry/LinkStats.php';
require __DIR__ . '/src/Telemetry/CraneLinkRegistry.php';
require __DIR__ . '/src/Telemetry/TelemetryIngestService.php';

use Port\Telemetry\CraneLink;
use Port\Telemetry\CraneLinkRegistry;
use Port\Telemetry\TelemetryIngestService;
use Swoole\Http\Request;
use Swoole\WebSocket\Frame;
use Swoole\WebSocket\Server;

$config = require __DIR__ . '/config/telemetry.php';

$server = new Server($config['listen']['host'], $config['listen']['port']);
$server->set($config['server']);

$registry = new CraneLinkRegistry();
$ingest = new TelemetryIngestService($registry, $config['overload_tonnes'], $config['wind_stop_mps']);

$server->on('open', static function (Server $server, Request $request) use ($registry): void {
    $link = new CraneLink(
        $request->fd,
        $request->header['x-crane-id'],
        $request->header['x-plc-firmware'] ?? '',
        $request->header['x-spreader'] ?? '',
        $request->header['user-agent'] ?? '',
    );
    $registry->open($link, time());
});

$server->on('message', static function (Server $server, Frame $frame) use ($ingest): void {
    $result = $ingest->ingest($frame->fd, $frame->data);
    if ($result['alarm'] !== null) {
        $server->push($frame->fd, json_encode(['cmd' => 'hold', 'reason' => $result['alarm']]));
    }
});

$server->on('close', static function (Server $server, int $fd) use ($registry): void {
    $registry->close($fd);
});

$server->start();
