<?php
// Swoole TCP server: the 'receive' callback runs once per message; the decoder it calls builds a
// frame and a position that point at each other.

require_once __DIR__ . '/vendor/swoole/ide-helper/src/swoole.php';
require_once __DIR__ . '/src/Protocol/Frame.php';
require_once __DIR__ . '/src/Telemetry/Position.php';
require_once __DIR__ . '/src/Protocol/FrameDecoder.php';
require_once __DIR__ . '/src/Telemetry/PositionHandler.php';

use App\Protocol\FrameDecoder;
use App\Telemetry\PositionHandler;
use Swoole\Server;

// The stand-in server accepts PHPLEAK_N connections (default 100), each sending one message.
$server = new Server('0.0.0.0', 9600, SWOOLE_BASE, SWOOLE_SOCK_TCP);
$server->set(['worker_num' => 1, 'open_length_check' => false]);

$decoder = new FrameDecoder();
$positions = new PositionHandler(52.37, 4.89, 0.05);

$server->on('connect', function (Server $server, int $fd, int $reactorId): void {
});

$server->on('receive', function (Server $server, int $fd, int $reactorId, string $data) use ($decoder, $positions): void {
    $frame = $decoder->decode($fd, $data);
    $server->send($fd, $positions->handle($frame));
});

$server->on('close', function (Server $server, int $fd, int $reactorId): void {
});

$server->start();
