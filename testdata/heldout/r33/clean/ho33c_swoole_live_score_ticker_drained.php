<?php

declare(strict_types=1);

namespace Swoole\WebSocket {
    /** Stand-in for Swoole's WebSocket server: callbacks wired at boot, frames fed by the reactor. */
    class Frame
    {
        public function __construct(public int $fd, public string $data, public int $opcode = 1)
        {
        }
    }

    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        /** @var array<int, int> bytes pushed per connection */
        public array $pushed = [];

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function push(int $fd, string $data): bool
        {
            $this->pushed[$fd] = ($this->pushed[$fd] ?? 0) + strlen($data);

            return true;
        }

        public function dispatch(string $event, mixed ...$args): void
        {
            ($this->callbacks[$event])($this, ...$args);
        }
    }
}

namespace App\LiveScores {

    use Swoole\WebSocket\Server;

    final class MatchTicker
    {
        private const SEND_WINDOW = 3;

        private ?\Generator $frames = null;

        public function __construct(
            private readonly string $matchId,
            private readonly string $home,
            private readonly string $away,
            private readonly array $events,
        ) {
        }

        /**
         * Pushes the first frames as one burst, then the rest: inside a
         * coroutine push() yields until the socket drains, so the generator
         * always runs to its end before the handler returns.
         */
        public function pushTo(Server $server, int $fd): int
        {
            $this->frames = $this->renderFrames();

            $sent = 0;
            while ($sent < self::SEND_WINDOW && $this->frames->valid()) {
                $server->push($fd, $this->frames->current());
                $this->frames->next();
                $sent++;
            }
            $this->resume($server, $fd);

            return $sent;
        }

        public function resume(Server $server, int $fd): void
        {
            while ($this->frames?->valid()) {
                $server->push($fd, $this->frames->current());
                $this->frames->next();
            }
        }

        private function renderFrames(): \Generator
        {
            $score = [$this->home => 0, $this->away => 0];
            yield json_encode(['type' => 'header', 'match' => $this->matchId, 'home' => $this->home, 'away' => $this->away]);

            foreach ($this->events as $event) {
                if ($event['kind'] === 'goal') {
                    $score[$event['team']]++;
                }
                yield json_encode([
                    'type' => $event['kind'],
                    'minute' => $event['minute'],
                    'player' => $event['player'],
                    'score' => $score[$this->home] . '-' . $score[$this->away],
                ]);
            }
        }
    }

    final class ScoreFeedController
    {
        public function __construct(private readonly array $fixtures)
        {
        }

        public function onMessage(Server $server, \Swoole\WebSocket\Frame $frame): void
        {
            $msg = json_decode($frame->data, true);
            [$home, $away] = $this->fixtures[$msg['fixture']];

            $ticker = new MatchTicker($msg['match_id'], $home, $away, $msg['events']);
            $ticker->pushTo($server, $frame->fd);
        }
    }
}

namespace {

    use App\LiveScores\ScoreFeedController;
    use Swoole\WebSocket\Frame;
    use Swoole\WebSocket\Server;

    $server = new Server();
    $controller = new ScoreFeedController([
        'ajax-psv' => ['Ajax', 'PSV'],
        'fey-az' => ['Feyenoord', 'AZ'],
        'twe-utr' => ['Twente', 'Utrecht'],
    ]);
    $server->on('message', [$controller, 'onMessage']);

    $players = ['Berghuis', 'Bergwijn', 'Gimenez', 'Til', 'Pepi', 'Lang', 'Clasie', 'Pavlidis'];
    $fixtures = ['ajax-psv' => ['Ajax', 'PSV'], 'fey-az' => ['Feyenoord', 'AZ'], 'twe-utr' => ['Twente', 'Utrecht']];
    $keys = array_keys($fixtures);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $fixture = $keys[$i % 3];
        $events = [];
        for ($e = 0; $e < 6; $e++) {
            $events[] = [
                'kind' => ($i + $e) % 3 === 0 ? 'goal' : (($i + $e) % 3 === 1 ? 'yellow_card' : 'substitution'),
                'minute' => ($i * 7 + $e * 13) % 90 + 1,
                'team' => $fixtures[$fixture][$e % 2],
                'player' => $players[($i + $e) % 8],
            ];
        }
        $payload = json_encode(['fixture' => $fixture, 'match_id' => sprintf('ERE-2026-%04d', 100 + $i % 300), 'events' => $events]);
        $server->dispatch('message', new Frame(10 + $i % 50, $payload));
    }
}
