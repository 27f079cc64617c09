<?php
// A multiplayer game room binds its tick callback to itself with ->bindTo($this) and adds it to the timer wheel it owns.

final class TimerWheel
{
    /** @var array<int, list<Closure>> */
    private array $slots = [];

    public function every(int $ms, Closure $callback): void
    {
        $this->slots[$ms][] = $callback; // leak
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

function broadcastState(): Closure
{
    return function (int $now): void {
        $this->snapshots[] = json_encode(['t' => $now, 'players' => $this->players]);
    };
}

final class GameRoom
{
    private TimerWheel $timers;
    private array $snapshots = [];

    public function __construct(private string $roomId, private array $players)
    {
        $this->timers = new TimerWheel();
    }

    public function start(): void
    {
        $this->timers->every(50, broadcastState()->bindTo($this, self::class)); // leak
    }

    public function run(int $ticks): int
    {
        for ($t = 50; $t <= $ticks * 50; $t += 50) {
            $this->timers->advance($t);
        }
        return count($this->snapshots);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $room = new GameRoom("room-{$i}", ['alice' => [1, 2], 'bob' => [3, 4], 'carol' => [5, 6]]);
    $room->start();
    $room->run(3);
}
unset($room);
