<?php

namespace Game\Chat;

use Workerman\Connection\TcpConnection;

/** Long-lived: which connections sit in which match lobby. */
final class RoomDirectory
{
    /** @var array<string, array<int, TcpConnection>> */
    private array $rooms = [];

    public function join(string $roomId, TcpConnection $connection): void
    {
        $this->rooms[$roomId][$connection->id] = $connection;
    }

    /** @return array<int, TcpConnection> */
    public function members(string $roomId): array
    {
        return $this->rooms[$roomId] ?? [];
    }
}
