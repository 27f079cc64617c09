<?php
// An event-loop server adds a heartbeat timer per connection and forgets to cancel it when the connection closes.

final class Loop
{
    /** @var array<int, array{interval: float, callback: Closure}> */
    private array $timers = [];
    private int $nextId = 0;

    public function addPeriodicTimer(float $interval, Closure $callback): int
    {
        $id = ++$this->nextId;
        $this->timers[$id] = ['interval' => $interval, 'callback' => $callback]; // leak
        return $id;
    }

    public function cancelTimer(int $id): void
    {
        unset($this->timers[$id]);
    }
}

final class Conn
{
    public bool $closed = false;

    public function __construct(public readonly int $id, public readonly string $peer) {}

    public function write(string $data): void {}
}

final class HeartbeatServer
{
    public function __construct(private Loop $loop) {}

    public function onConnection(Conn $conn): void
    {
        $this->loop->addPeriodicTimer(30.0, static function () use ($conn): void { // leak
            if (!$conn->closed) {
                $conn->write('PING');
            }
        });
    }

    public function onClose(Conn $conn): void
    {
        $conn->closed = true;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new HeartbeatServer(new Loop());
for ($i = 0; $i < $n; $i++) {
    $conn = new Conn($i, "192.0.2.{$i}:" . str_repeat('9', 400));
    $server->onConnection($conn);
    $server->onClose($conn);
}
unset($conn);
