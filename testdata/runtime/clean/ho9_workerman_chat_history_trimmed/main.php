<?php
// A Workerman chat server keeps each room's message history and trims it when the trim_history option is on.

require __DIR__ . '/vendor/workerman/Worker.php';
require __DIR__ . '/src/ChatRoom.php';
require __DIR__ . '/src/ChatServer.php';

use App\Chat\ChatServer;
use Workerman\Worker;

$config = require __DIR__ . '/config/chat.php';
$chat = new ChatServer($config);

$worker = new Worker($config['listen']);
$worker->onMessage = [$chat, 'onMessage'];
Worker::runAll($worker);
