<?php
// Swoole TCP server: the codec registry and its codec point at each other, but both are created
// once, before start(); the 'receive' callback, run once per message, builds only one-way links.

require_once __DIR__ . '/vendor/swoole/ide-helper/src/swoole.php';
require_once __DIR__ . '/src/Protocol/Frame.php';
require_once __DIR__ . '/src/Telemetry/Position.php';
require_once __DIR__ . '/src/Protocol/CodecRegistry.php';
require_once __DIR__ . '/src/Protocol/PositionCodec.php';
require_once __DIR__ . '/src/Protocol/FrameDecoder.php';
require_once __DIR__ . '/src/Telemetry/PositionHandler.php';

use App\Protocol\CodecRegistry;
use App\Protocol\FrameDecoder;
use App\Protocol\PositionCodec;
use App\Telemetry\PositionHandler;
use Swoole\Server;

// The stand-in server accepts PHPLEAK_N connections (default 100), each sending one message.
$server = new Server('0.0.0.0', 9600, SWOOLE_BASE, SWOOLE_SOCK_TCP);
$server->set(['worker_num' => 1, 'open_length_check' => false]);

$codecs = new CodecRegistry();
new PositionCodec($codecs);
$decoder = new FrameDecoder($codecs);
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
