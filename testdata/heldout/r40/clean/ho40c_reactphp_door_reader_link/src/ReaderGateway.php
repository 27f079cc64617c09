<?php

namespace Venue\Access;

use React\Socket\Connection;
use React\Socket\SocketServer;

final class ReaderGateway
{
    /** @var array<string, BadgeReaderSession> */
    private array $sessions = [];

    public function __construct(private AccessPolicy $policy, private string $zone)
    {
    }

    public function listen(SocketServer $server): void
    {
        $server->on('connection', function (Connection $connection): void {
            $peer = $connection->getRemoteAddress();
            $this->sessions[$peer] = new BadgeReaderSession($connection, $this->policy, $this->zone);
            $connection->on('close', function () use ($peer): void {
                unset($this->sessions[$peer]);
            });
        });
    }

    public function activeSessions(): int
    {
        return count($this->sessions);
    }
}
