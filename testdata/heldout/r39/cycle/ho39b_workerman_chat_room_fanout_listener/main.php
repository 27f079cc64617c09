<?php

declare(strict_types=1);

require __DIR__ . '/vendor/evenement/src/EventEmitter.php';
require __DIR__ . '/vendor/workerman/src/Connection/TcpConnection.php';
require __DIR__ . '/vendor/workerman/src/Worker.php';
require __DIR__ . '/src/Chat/ChatMessage.php';
require __DIR__ . '/src/Chat/ProfanityFilter.php';
require __DIR__ . '/src/Chat/RoomDirectory.php';
require __DIR__ . '/src/Chat/RoomBroadcast.php';
require __DIR__ . '/src/Chat/LobbyChatGateway.php';

use Game\Chat\LobbyChatGateway;
use Game\Chat\ProfanityFilter;
use Game\Chat\RoomDirectory;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$worker = new Worker('websocket://0.0.0.0:7272');
$worker->name = 'lobby-chat';

$gateway = new LobbyChatGateway(new RoomDirectory(), new ProfanityFilter(['noob', 'ez', 'trash']));
$worker->onMessage = $gateway->onMessage(...);

// eight players connected to the chat worker, spread over four lobbies
$connections = [];
for ($c = 1; $c <= 8; $c++) {
    $connections[$c] = new TcpConnection($c, '10.0.' . $c . '.' . (20 + $c) . ':' . (50000 + $c));
}
$lines = ['gg wp', 'ez noob lol', 'anyone up for another round on harbor?', 'rush B no stop', 'nice shot', 'lag again...'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->runFrames($n, static function (int $i) use ($connections, $lines): array {
    $connection = $connections[1 + $i % 8];
    $frame = json_encode([
        'mid' => sprintf('msg_%08x', 0x2000 + $i),
        'room' => 'lobby-' . ($connection->id % 4),
        'from' => 'player' . $connection->id,
        'text' => $lines[$i % 6] . ' #' . $i . ' ' . str_repeat('.', $i % 40),
        'ts' => 1700000000 + $i,
    ], JSON_THROW_ON_ERROR);

    return [$connection, $frame];
});
