<?php
declare(strict_types=1);

// ReactPHP chat gateway for matched couples: one long-running process, one
// ChatSession per TCP connection.

require __DIR__ . '/vendor/evenement/EventEmitterTrait.php';
require __DIR__ . '/vendor/react/event-loop/Loop.php';
require __DIR__ . '/vendor/react/socket/Connection.php';
require __DIR__ . '/vendor/react/socket/SocketServer.php';
require __DIR__ . '/src/Chat/RoomDirectory.php';
require __DIR__ . '/src/Chat/ChatSession.php';
require __DIR__ . '/src/Chat/ChatServer.php';

use App\Chat\ChatServer;
use App\Chat\RoomDirectory;
use React\EventLoop\Loop;
use React\Socket\SocketServer;

$server = new ChatServer(new RoomDirectory());
$server->listen(new SocketServer('0.0.0.0:8080'));

Loop::get()->run();
