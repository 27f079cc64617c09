<?php
// A multiplayer game room binds its tick callback with ->bindTo() to a separate snapshot buffer (which does not hold the room) and adds it to the timer wheel it owns.

final class TimerWheel
{
    /** @var array<int, list<Closure>> */
    private array $slots = [];

    public function every(int $ms, Closure $callback): void
    {
        $this->slots[$ms][] = $callback;
    }

    public function advance(int $ms): void
    {
        foreach ($this->slots as $interval => $callbacks) {
            if ($ms % $interval === 0) {
                foreach ($callbacks as $cb) {
                    $cb($ms);
                }
            }
        }
    }
}

final class SnapshotBuffer
{
    public array $snapshots = [];

    public function __construct(public array $players) {}
}

function broadcastState(): Closure
{
    return function (int $now): void {
        $this->snapshots[] = json_encode(['t' => $now, 'players' => $this->players]);
    };
}

final class GameRoom
{
    private TimerWheel $timers;
    private SnapshotBuffer $buffer;

    public function __construct(private string $roomId, array $players)
    {
        $this->timers = new TimerWheel();
        $this->buffer = new SnapshotBuffer($players);
    }

    public function start(): void
    {
        $this->timers->every(50, broadcastState()->bindTo($this->buffer, SnapshotBuffer::class));
    }

    public function run(int $ticks): int
    {
        for ($t = 50; $t <= $ticks * 50; $t += 50) {
            $this->timers->advance($t);
        }
        return count($this->buffer->snapshots);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $room = new GameRoom("room-{$i}", ['alice' => [1, 2], 'bob' => [3, 4], 'carol' => [5, 6]]);
    $room->start();
    $room->run(3);
}
unset($room);
