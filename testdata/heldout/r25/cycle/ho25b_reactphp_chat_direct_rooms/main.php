<?php

require __DIR__ . '/vendor/evenement/src/EventEmitter.php';
require __DIR__ . '/vendor/react/socket/src/Connection.php';
require __DIR__ . '/src/Presence/PresenceRegistry.php';
require __DIR__ . '/src/Chat/Participant.php';
require __DIR__ . '/src/Chat/Room.php';
require __DIR__ . '/src/Chat/RoomDirectory.php';
require __DIR__ . '/src/Chat/ChatServer.php';

use ChatApp\Chat\ChatServer;
use ChatApp\Chat\RoomDirectory;
use ChatApp\Presence\PresenceRegistry;
use React\Socket\Connection;
use React\Socket\SocketServer;

$socket = new SocketServer('tcp://0.0.0.0:6667');
$chat = new ChatServer(new RoomDirectory(), new PresenceRegistry());
$chat->listen($socket);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$lines = [
    'gg, rematch later tonight? I am queueing ranked after dinner',
    'where did you get that skin, the battle pass or the shop rotation?',
    'can you carry me through the raid this weekend, need the mount',
];
for ($i = 0; $i < $n; $i++) {
    $conn = new Connection('198.51.100.' . ($i % 250) . ':' . (40000 + $i));
    $socket->accept($conn);
    $user = 'u' . (300000 + $i * 3);
    $peer = 'u' . (900000 + $i * 5);
    $conn->emit('data', ["HELLO $user Player$i\nWHISPER $peer Friend$i " . $lines[$i % 3] . " #$i\n"]);
    $conn->close();
}
