<?php

declare(strict_types=1);

require __DIR__ . '/Timer.php';
require __DIR__ . '/Worker.php';

use Workerman\TcpConnection;
use Workerman\Timer;
use Workerman\Worker;

final class ChatRooms
{
    /** @var array<string, array<int, TcpConnection>> */
    private array $rooms = [];

    public function join(string $room, TcpConnection $connection): void
    {
        $this->rooms[$room][$connection->id] = $connection;
        $connection->room = $room;
    }

    public function leave(TcpConnection $connection): void
    {
        if ($connection->room !== null) {
            unset($this->rooms[$connection->room][$connection->id]);
            $connection->room = null;
        }
    }

    public function broadcast(string $room, string $message): void
    {
        foreach ($this->rooms[$room] ?? [] as $member) {
            $member->send($message);
        }
    }
}

const HEARTBEAT_INTERVAL = 25.0;
const HEARTBEAT_TIMEOUT = 60.0;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$rooms = new ChatRooms();

$ws = new Worker('websocket://0.0.0.0:8282');

$ws->onConnect = static function (TcpConnection $connection): void {
    $connection->lastMessageAt = Timer::now();
    $connection->heartbeatTimer = Timer::add(HEARTBEAT_INTERVAL, static function () use ($connection): void { // leak
        if (Timer::now() - $connection->lastMessageAt > HEARTBEAT_TIMEOUT) {
            $connection->close();

            return;
        }
        $connection->send('{"type":"ping"}');
    });
};

$ws->onMessage = static function (TcpConnection $connection, string $data) use ($rooms): void {
    $connection->lastMessageAt = Timer::now();
    $message = json_decode($data, true) ?? [];
    if (($message['text'] ?? '') === '/join') {
        parse_str($connection->handshake['Query'] ?? '', $query);
        $rooms->join($query['room'] ?? 'lobby', $connection);

        return;
    }
    if ($connection->room !== null) {
        $rooms->broadcast($connection->room, json_encode(['from' => $connection->id, 'text' => $message['text'] ?? '']));
    }
};

$ws->onClose = static function (TcpConnection $connection) use ($rooms): void {
    $rooms->leave($connection);
};

$ws->run($n);
