<?php
// A long-lived room hub subscribes each new connection by keeping a
// watcher closure of its own that captures the connection. Nothing
// takes a watcher out when the connection closes.

final class Connection
{
    public function __construct(public readonly int $id, public readonly string $greeting)
    {
    }
}

final class RoomHub
{
    /** @var array<string, list<Closure>> */
    private array $watchers = [];

    public function subscribe(Connection $connection, string $room): void
    {
        $this->watchers[$room][] = function (string $payload) use ($connection): void { // leak
            strlen($connection->greeting . $payload);
        };
    }
}

$hub = new RoomHub();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new Connection($i, str_repeat('hello ', 120));
    $hub->subscribe($connection, ['lobby', 'support', 'ops'][$i % 3]); // leak
}
