<?php
// Swoole WebSocket game server: client input frames pass server-side
// anti-cheat rules before the simulation applies them. The verdict for the
// frame in flight is kept by its object id for the replication step.

namespace Swoole\WebSocket {
    class Frame
    {
        public int $fd = 0;
        public string $data = '';
    }

    class Server
    {
        private array $on = [];
        public array $pushed = [];
        public function on(string $event, callable $cb): void { $this->on[$event] = $cb; }
        public function push(int $fd, string $data): void { $this->pushed[$fd] = $data; }
        public function fire(string $event, ...$args): void { ($this->on[$event])($this, ...$args); }
    }
}

namespace Arena\AntiCheat {

    use Swoole\WebSocket\Frame;
    use Swoole\WebSocket\Server;

    final class InputFrame
    {
        /** @param list<string> $buttons */
        public function __construct(
            public readonly string $playerId,
            public readonly string $matchId,
            public readonly int $tick,
            public readonly array $position,
            public readonly array $velocity,
            public readonly array $buttons,
            public readonly float $aimDeltaDeg,
            public readonly int $clientTimeMs,
        ) {}

        public function speed(): float
        {
            return sqrt($this->velocity[0] ** 2 + $this->velocity[1] ** 2 + $this->velocity[2] ** 2);
        }
    }

    interface Rule
    {
        public function name(): string;
        public function check(InputFrame $frame): ?array;
    }

    final class SpeedRule implements Rule
    {
        public function __construct(private readonly float $maxSpeed) {}
        public function name(): string { return 'speed'; }
        public function check(InputFrame $frame): ?array
        {
            $speed = $frame->speed();
            return $speed > $this->maxSpeed
                ? ['rule' => 'speed', 'observed' => round($speed, 2), 'limit' => $this->maxSpeed, 'note' => sprintf('tick %d moved %.2f u/t', $frame->tick, $speed)]
                : null;
        }
    }

    final class AimSnapRule implements Rule
    {
        public function name(): string { return 'aim_snap'; }
        public function check(InputFrame $frame): ?array
        {
            return $frame->aimDeltaDeg > 95.0 && in_array('fire', $frame->buttons, true)
                ? ['rule' => 'aim_snap', 'observed' => $frame->aimDeltaDeg, 'limit' => 95.0, 'note' => 'snap-and-fire in one tick']
                : null;
        }
    }

    final class AntiCheatMonitor
    {
        /** @var array<string, int> strikes per rule name */
        private array $strikes = [];
        /** @var array<int, list<array>> spl_object_id(frame) => violations */
        private array $verdicts = [];

        /** @param list<Rule> $rules */
        public function __construct(private readonly array $rules)
        {
            foreach ($rules as $rule) {
                $this->strikes[$rule->name()] = 0;
            }
        }

        /** @return list<array> violations */
        public function inspect(InputFrame $frame): array
        {
            $found = [];
            foreach ($this->rules as $rule) {
                if ($v = $rule->check($frame)) {
                    $this->strikes[$rule->name()]++;
                    $found[] = $v + ['player' => $frame->playerId, 'match' => $frame->matchId];
                }
            }
            if ($found) {
                $this->verdicts[spl_object_id($frame)] = $found;
            }
            return $found;
        }

        public function reviewed(InputFrame $frame): void
        {
            unset($this->verdicts[spl_object_id($frame)]);
        }

        public function pendingReview(): int
        {
            return count($this->verdicts);
        }
    }

    final class InputHandler
    {
        public function __construct(private readonly AntiCheatMonitor $monitor) {}

        public function __invoke(Server $server, Frame $wsFrame): void
        {
            $m = json_decode($wsFrame->data, true, 8, JSON_THROW_ON_ERROR);
            $input = new InputFrame(
                (string) $m['pid'], (string) $m['mid'], (int) $m['tick'],
                array_map('floatval', $m['pos']), array_map('floatval', $m['vel']),
                array_values(array_filter($m['btn'], 'is_string')), (float) $m['aim'], (int) $m['cts'],
            );
            $violations = $this->monitor->inspect($input);
            if ($violations && !empty($m['replay_attached'])) {
                // The client already uploaded the replay chunk: review inline.
                $this->monitor->reviewed($input);
            }
            $server->push($wsFrame->fd, $violations ? '{"t":"input.rejected"}' : '{"t":"input.ok"}');
        }
    }

    $server = new Server();
    $server->on('message', new InputHandler(new AntiCheatMonitor([new SpeedRule(12.0), new AimSnapRule()])));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $ws = new Frame();
        $ws->fd = 3 + $i % 40;
        $ws->data = json_encode([
            'pid' => 'p_' . (81000 + $i * 3),
            'mid' => 'match_' . (int) ($i / 10),
            'tick' => 64 * $i + 7,
            'pos' => [$i * 1.5, 2.0, -$i * 0.75],
            'vel' => [$i % 3 !== 1 ? 15.5 : 4.0, 0.0, 3.0],
            'btn' => $i % 2 ? ['fire', 'crouch'] : ['jump'],
            'aim' => (float) (($i * 37) % 180),
            'cts' => 1719500000000 + $i * 16,
            'replay_attached' => $i % 9 === 0,
        ]);
        $server->fire('message', $ws);
    }
}
