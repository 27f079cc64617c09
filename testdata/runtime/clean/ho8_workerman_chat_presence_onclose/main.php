<?php
// Workerman websocket chat room tracking members per connection, dropped on close, for the online list and join/leave broadcasts.

declare(strict_types=1);

use App\Chat\Member;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

require __DIR__ . '/vendor/workerman/workerman.php';
require __DIR__ . '/src/Member.php';

/** @var array<int, Member> $members */
$members = [];

$worker = new Worker('websocket://0.0.0.0:2346');
$worker->name = 'chat';

$worker->onConnect = function (TcpConnection $connection) use (&$members): void {
    $members[$connection->id] = new Member($connection->id, $connection->getRemoteIp(), microtime(true));
};

$worker->onMessage = function (TcpConnection $connection, string $data) use (&$members, $worker): void {
    $frame = json_decode($data, true);
    if (($frame['type'] ?? null) === 'hello') {
        $members[$connection->id]->nick = $frame['nick'];
        $members[$connection->id]->profile = $frame['profile'];
    }
    $online = count(array_filter($members, fn (Member $m) => $m->nick !== null));
    foreach ($worker->connections as $peer) {
        $peer->send(json_encode(['type' => 'joined', 'nick' => $frame['nick'] ?? '?', 'online' => $online]));
    }
};

$worker->onClose = function (TcpConnection $connection) use (&$members, $worker): void {
    foreach ($worker->connections as $peer) {
        $peer->send(json_encode(['type' => 'left', 'nick' => $members[$connection->id]->nick]));
    }
    unset($members[$connection->id]);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Worker::$incoming = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $profile = ['avatar' => "https://cdn.example.com/avatars/{$i}.png", 'status' => str_repeat("available for pairing {$i} ", 16)];
        yield ['192.0.2.' . ($i % 250) . ':' . (40000 + $i), [json_encode(['type' => 'hello', 'nick' => "user{$i}", 'profile' => $profile])]];
    }
})();

Worker::runAll();
