<?php
// OpenSwoole WebSocket server: 'open', 'message' and 'close' run once per connection / message;
// 'open' adds the member to the room and 'close' removes it again.

require_once __DIR__ . '/vendor/openswoole/ide-helper/src/openswoole.php';
require_once __DIR__ . '/src/Chat/Member.php';
require_once __DIR__ . '/src/Chat/ChatRoom.php';
require_once __DIR__ . '/src/Chat/ChatService.php';

use App\Chat\ChatRoom;
use App\Chat\ChatService;
use OpenSwoole\Http\Request;
use OpenSwoole\WebSocket\Frame;
use OpenSwoole\WebSocket\Server;

// The stand-in server accepts PHPLEAK_N connections (default 100): open, one message, close.
$server = new Server('0.0.0.0', 9502);
$server->set(['worker_num' => 1, 'websocket_compression' => false]);

$chat = new ChatService(new ChatRoom('support'));

$server->on('open', function (Server $server, Request $request) use ($chat): void {
    $server->push($request->fd, $chat->connect($request->fd, $request->header, $request->get ?? [], $request->server['remote_addr']));
});

$server->on('message', function (Server $server, Frame $frame) use ($chat): void {
    $reply = $chat->say($frame->fd, $frame->data);
    if ($reply !== null) {
        $server->push($frame->fd, $reply);
    }
});

$server->on('close', function (Server $server, int $fd) use ($chat): void {
    $chat->disconnect($fd);
});

$server->start();
