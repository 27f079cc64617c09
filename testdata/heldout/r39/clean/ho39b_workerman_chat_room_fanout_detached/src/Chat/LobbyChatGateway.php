<?php

namespace Game\Chat;

use Workerman\Connection\TcpConnection;

final class LobbyChatGateway
{
    public function __construct(
        private readonly RoomDirectory $rooms,
        private readonly ProfanityFilter $filter,
    ) {
    }

    public function onMessage(TcpConnection $connection, string $frame): void
    {
        $message = ChatMessage::fromFrame($connection->id, $frame);
        $this->rooms->join($message->roomId, $connection);

        $broadcast = new RoomBroadcast($message->roomId, $this->rooms->members($message->roomId), $this->filter);
        try {
            $delivered = $broadcast->publish($message);
        } finally {
            $broadcast->close();
        }

        $connection->send(json_encode(['t' => 'ack', 'id' => $message->messageId, 'n' => $delivered], JSON_THROW_ON_ERROR));
    }
}
