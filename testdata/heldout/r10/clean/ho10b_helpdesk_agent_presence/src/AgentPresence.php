<?php

declare(strict_types=1);

namespace App\Helpdesk;

use SplObjectStorage;
use Workerman\Connection\TcpConnection;

final class AgentPresence
{
    /** @var SplObjectStorage<TcpConnection, array<string, mixed>> */
    private SplObjectStorage $connections;

    /** @var array<int, int> user id => last seen tick */
    private array $lastSeen = [];

    public function __construct()
    {
        $this->connections = new SplObjectStorage();
    }

    public function join(TcpConnection $connection, array $profile): void
    {
        $profile['status'] = 'online';
        $this->connections->attach($connection, $profile);
    }

    public function touch(TcpConnection $connection, int $tick): void
    {
        if (!$this->connections->contains($connection)) {
            return;
        }
        $profile = $this->connections[$connection];
        $this->lastSeen[$profile['user_id']] = $tick;
    }

    public function leave(TcpConnection $connection, int $tick): void
    {
        if (!$this->connections->contains($connection)) {
            return;
        }
        $profile = $this->connections[$connection];
        // the roster reads "last seen" from $lastSeen, the socket itself can go
        $this->lastSeen[$profile['user_id']] = $tick;
        $this->connections->detach($connection);
    }

    /** @return iterable<TcpConnection> */
    public function online(): iterable
    {
        foreach ($this->connections as $connection) {
            if ($this->connections[$connection]['status'] === 'online') {
                yield $connection;
            }
        }
    }

    public function onlineCount(): int
    {
        $n = 0;
        foreach ($this->online() as $_) {
            $n++;
        }
        return $n;
    }
}
