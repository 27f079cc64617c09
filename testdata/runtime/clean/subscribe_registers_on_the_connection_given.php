<?php
// A long-lived room hub subscribes each new connection: it registers
// its close and message handlers on the connection itself, which goes
// away with the request. The hub keeps no listener.

final class Connection
{
    /** @var array<string, list<Closure>> */
    private array $handlers = [];

    public function __construct(public readonly int $id, public readonly string $greeting)
    {
    }

    public function on(string $event, Closure $handler): void
    {
        $this->handlers[$event][] = $handler;
    }

    public function fire(string $event, string $payload = ''): void
    {
        foreach ($this->handlers[$event] ?? [] as $handler) {
            $handler($this, $payload);
        }
    }
}

final class RoomHub
{
    /** @var array<string, int> */
    private array $online = [];

    public function subscribe(Connection $connection, string $room): void
    {
        $this->online[$room] = ($this->online[$room] ?? 0) + 1;
        $connection->on('message', function (Connection $from, string $payload) use ($room): void {
            $this->relay($room, $from->id, $payload);
        });
        $connection->on('close', function () use ($room): void {
            $this->online[$room]--;
        });
    }

    private function relay(string $room, int $from, string $payload): void
    {
        strlen($room . $from . $payload);
    }
}

$hub = new RoomHub();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new Connection($i, str_repeat('hello ', 120));
    $hub->subscribe($connection, ['lobby', 'support', 'ops'][$i % 3]);
    $connection->fire('message', "typing $i");
    $connection->fire('close');
}
