<?php

namespace App\Chat;

use Ratchet\ConnectionInterface;

final class ClientRegistry
{
    private \SplObjectStorage $connections;

    public function __construct()
    {
        $this->connections = new \SplObjectStorage();
    }

    public function add(ConnectionInterface $conn, ClientInfo $info): void
    {
        $this->connections->attach($conn, $info);
    }

    public function remove(ConnectionInterface $conn): void
    {
        $this->connections->detach($conn);
    }

    public function info(ConnectionInterface $conn): ?ClientInfo
    {
        return $this->connections->contains($conn) ? $this->connections[$conn] : null;
    }

    /**
     * @return iterable<ConnectionInterface>
     */
    public function onlineExcept(ConnectionInterface $sender): iterable
    {
        foreach ($this->connections as $conn) {
            if ($conn !== $sender && $this->connections[$conn]->online) {
                yield $conn;
            }
        }
    }
}
