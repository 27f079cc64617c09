<?php
// A Ratchet WebSocket chat component tracks open connections with their member info in an SplObjectStorage.

require __DIR__ . '/vendor/Ratchet/ConnectionInterface.php';
require __DIR__ . '/vendor/Ratchet/MessageComponentInterface.php';
require __DIR__ . '/vendor/Ratchet/WsConnection.php';
require __DIR__ . '/src/Chat/Member.php';
require __DIR__ . '/src/Chat/ChatRoom.php';

use App\Chat\ChatRoom;
use Ratchet\WsConnection;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new ChatRoom();
for ($i = 0; $i < $n; $i++) {
    $conn = new WsConnection($i + 10, "10.0.0.{$i}:5" . $i, [
        'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 ' . str_repeat('Chrome/120.0.' . $i . ' ', 12),
        'Origin' => 'https://chat.example.com',
    ]);
    $app->onOpen($conn);
    $app->onMessage($conn, 'hello from ' . $i);
    $app->onClose($conn);
}
