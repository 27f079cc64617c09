<?php

namespace App\Chat;

use Workerman\Connection\TcpConnection;

final class ChatServer
{
    /** @var array<string, ChatRoom> */
    private array $rooms = [];

    public function __construct(private array $config) {}

    public function onMessage(TcpConnection $connection, string $data): void
    {
        $frame = json_decode($data, true);
        $room = $this->rooms[$frame['room']] ??= new ChatRoom(
            $frame['room'],
            $this->config['history_size'],
            $this->config['trim_history'],
        );
        $message = $room->post($frame['user'], $frame['text']);
        $connection->send(json_encode(['ok' => true, 'at' => $message->sentAt, 'backlog' => count($room->lastMessages(20))]));
    }
}
