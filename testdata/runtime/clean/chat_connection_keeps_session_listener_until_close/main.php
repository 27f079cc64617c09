<?php
// A dating app's chat gateway on ReactPHP: each connection gets a chat
// session whose onData(...) the connection keeps among its listeners.
// The connection drops its listeners when it closes, so the sessions go
// with their connections.

require __DIR__ . '/vendor/react/socket.php';
require __DIR__ . '/src/Chat.php';

use App\Chat\ChatGateway;
use App\Chat\TypingHub;
use React\EventLoop\Loop;
use React\Socket\SocketServer;

(new ChatGateway(new TypingHub()))->listen(new SocketServer('0.0.0.0:8080'));
Loop::run();
