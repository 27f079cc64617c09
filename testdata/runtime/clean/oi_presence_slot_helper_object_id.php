<?php
// A presence tracker keeps the last heartbeat of each connection under a
// slot a helper derives from the connection object: spl_object_id(). The
// connection is freed when the client leaves, and its id is reused.

final class Connection
{
    public function __construct(public readonly int $id, public readonly string $peer) {}
}

final class Presence
{
    private array $lastSeen = [];

    public function heartbeat(Connection $connection, string $status): void
    {
        $this->lastSeen[$this->slotFor($connection)] = ['peer' => $connection->peer, 'status' => $status];
    }

    private function slotFor(Connection $connection): int
    {
        return spl_object_id($connection);
    }
}

$presence = new Presence();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new Connection(1000 + $i, '10.0.' . ($i % 200) . '.' . ($i % 250));
    $presence->heartbeat($connection, str_repeat('online ', 100));
    unset($connection);
}
