<?php

declare(strict_types=1);

namespace App\Realtime;

use SplObjectStorage;
use Workerman\Connection\TcpConnection;

final class PresenceRegistry
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
        $this->connections->attach($connection, $profile); // leak
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
        $profile['status'] = 'offline';
        $profile['left_at'] = $tick;
        // keep the entry around so the roster can show "last seen"
        $this->connections[$connection] = $profile;
        $this->lastSeen[$profile['user_id']] = $tick;
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
