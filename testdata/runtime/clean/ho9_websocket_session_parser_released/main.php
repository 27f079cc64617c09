<?php
// A Swoole WebSocket server keeping one ChatSession per connection, each feeding frames to its parser with a first-class-callable handler and dropping the parser on close.

require __DIR__ . '/vendor/swoole_websocket.php';
require __DIR__ . '/src/FrameParser.php';
require __DIR__ . '/src/ChatSession.php';
require __DIR__ . '/src/ChatGateway.php';

use App\Realtime\ChatGateway;
use Swoole\WebSocket\Server;

$gateway = new ChatGateway();

$server = new Server('0.0.0.0', 9502);
$server->on('open', [$gateway, 'onOpen']);
$server->on('message', [$gateway, 'onMessage']);
$server->on('close', [$gateway, 'onClose']);
$server->start();
