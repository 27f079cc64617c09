<?php

declare(strict_types=1);

require __DIR__ . '/vendor/openswoole-lite/Server.php';
require __DIR__ . '/src/OutboundFrame.php';
require __DIR__ . '/src/RoomBroadcaster.php';
require __DIR__ . '/src/ChatController.php';

use App\Chat\ChatController;
use App\Chat\RoomBroadcaster;
use OpenSwoole\WebSocket\Server;

$server = new Server('0.0.0.0', 9502);

// moderation bots stay connected for the life of the worker
$modBot = $server->open();
$archiveBot = $server->open();

$broadcaster = new RoomBroadcaster($server, [
    'general' => [$modBot, $archiveBot],
    'random' => [$archiveBot],
    'support' => [$modBot, $archiveBot],
]);
$controller = new ChatController($broadcaster);

$server->on('message', $controller->onMessage(...));
$server->on('bufferEmpty', static function (Server $server, int $fd) use ($broadcaster): void {
    $broadcaster->drain();
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $fd = $server->open();
    $server->message($fd, json_encode([
        'room' => ['general', 'random', 'support'][$i % 3],
        'id' => 'msg_' . bin2hex(random_bytes(10)),
        'from' => 'user' . ($i % 500),
        'text' => str_repeat('lorem ipsum dolor sit amet ', 12) . bin2hex(random_bytes(24)),
    ]));
    $server->close($fd);
}
