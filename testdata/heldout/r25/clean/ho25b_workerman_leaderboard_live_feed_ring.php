<?php
// Workerman text-protocol leaderboard service: game servers report finished
// rounds, spectators' tickers read the season top list and a live feed of the
// most recent scores.

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        public array $sent = [];
        public function __construct(int $id) { $this->id = $id; }
        public function send(string $buffer): bool { $this->sent[] = $buffer; return true; }
        public function close(): void { $this->sent = []; }
    }
}

namespace Workerman {
    class Worker
    {
        public string $name = '';
        public int $count = 1;
        /** @var callable|null */
        public $onMessage = null;
        /** @var callable|null */
        public $onWorkerStart = null;
        public function __construct(public string $socketName) {}
    }
}

namespace Leaderboard {

    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    final class ScoreEvent
    {
        public function __construct(
            public readonly string $playerId,
            public readonly string $displayName,
            public readonly string $map,
            public readonly int $score,
            public readonly int $kills,
            public readonly int $durationSec,
            public readonly string $replayKey,
            public readonly array $stats,
            public readonly int $at,
        ) {}

        public function toFeedLine(): string
        {
            return sprintf('%s scored %d on %s (%d kills)', $this->displayName, $this->score, $this->map, $this->kills);
        }
    }

    /** Fixed-size window of the latest score events for the live ticker. */
    final class RecentScoresWindow
    {
        /** @var array<int, ScoreEvent> */
        private array $slots = [];
        private int $written = 0;

        public function __construct(private readonly int $size) {}

        public function push(ScoreEvent $event): void
        {
            $this->slots[$this->slotFor($this->written)] = $event;
            $this->written++;
        }

        /** @return list<ScoreEvent> newest first */
        public function latest(int $limit): array
        {
            $out = [];
            $have = min($this->written, $this->size);
            for ($k = 1; $k <= min($limit, $have); $k++) {
                $out[] = $this->slots[$this->slotFor($this->written - $k)];
            }
            return $out;
        }

        private function slotFor(int $seq): int
        {
            return $seq % $this->size;
        }
    }

    final class SeasonLeaderboard
    {
        /** @var list<array{player: string, name: string, score: int}> */
        private array $top = [];

        public function __construct(private readonly int $topSize, private readonly RecentScoresWindow $feed) {}

        public function record(ScoreEvent $event): int
        {
            $this->feed->push($event);
            $this->top = array_values(array_filter($this->top, static fn (array $row) => $row['player'] !== $event->playerId));
            $this->top[] = ['player' => $event->playerId, 'name' => $event->displayName, 'score' => $event->score];
            usort($this->top, static fn (array $a, array $b) => $b['score'] <=> $a['score']);
            $this->top = array_slice($this->top, 0, $this->topSize);
            foreach ($this->top as $rank => $row) {
                if ($row['player'] === $event->playerId) {
                    return $rank + 1;
                }
            }
            return 0;
        }

        public function feed(): RecentScoresWindow
        {
            return $this->feed;
        }
    }

    final class ScoreReportHandler
    {
        public function __construct(private readonly SeasonLeaderboard $board) {}

        public function __invoke(TcpConnection $connection, string $data): void
        {
            $report = json_decode($data, true, 8, JSON_THROW_ON_ERROR);
            $event = new ScoreEvent(
                playerId: (string) $report['player_id'],
                displayName: substr((string) $report['name'], 0, 24),
                map: (string) $report['map'],
                score: (int) $report['score'],
                kills: (int) $report['kills'],
                durationSec: (int) $report['duration'],
                replayKey: sprintf('replays/%s/%s/%s.dem', $report['season'], $report['map'], $report['round_id']),
                stats: [
                    'headshots' => (int) ($report['stats']['hs'] ?? 0),
                    'accuracy' => round((float) ($report['stats']['acc'] ?? 0), 3),
                    'damage' => (int) ($report['stats']['dmg'] ?? 0),
                    'assists' => (int) ($report['stats']['ast'] ?? 0),
                ],
                at: (int) $report['ts'],
            );
            $rank = $this->board->record($event);
            $ticker = array_map(static fn (ScoreEvent $e) => $e->toFeedLine(), $this->board->feed()->latest(5));
            $connection->send(json_encode(['ok' => true, 'rank' => $rank, 'ticker' => $ticker]));
        }
    }

    $worker = new Worker('text://0.0.0.0:7301');
    $worker->name = 'leaderboard';
    $board = new SeasonLeaderboard(10, new RecentScoresWindow(50));
    $worker->onMessage = new ScoreReportHandler($board);

    $maps = ['dustbowl', 'harbor', 'citadel', 'glacier'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $conn = new TcpConnection(1 + $i % 16);
        ($worker->onMessage)($conn, json_encode([
            'player_id' => 'p' . (70000 + $i * 13),
            'name' => 'Gamer_' . strtoupper(dechex(0xbeef + $i)),
            'map' => $maps[$i % 4],
            'score' => 1000 + ($i * 7919) % 25000,
            'kills' => $i % 31,
            'duration' => 300 + $i % 600,
            'season' => 's14',
            'round_id' => hash('crc32b', "round-$i") . '-' . $i,
            'stats' => ['hs' => $i % 11, 'acc' => 0.2 + ($i % 50) / 100, 'dmg' => 800 + $i % 4000, 'ast' => $i % 7],
            'ts' => 1717000000 + $i * 3,
        ]));
        $conn->close();
    }
}
