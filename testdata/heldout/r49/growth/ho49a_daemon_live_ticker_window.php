<?php

declare(strict_types=1);

// bin/ticker-daemon: long-running process that pops finished match results
// from the results queue and republishes the "latest results" ticker shown
// on the tournament homepage and in the stream lower-third.

namespace App\Support {
    /**
     * Drops the oldest entries so that at most $size remain.
     */
    function keep_last(array $items, int $size): void
    {
        $excess = count($items) - $size;
        if ($excess > 0) {
            array_splice($items, 0, $excess);
        }
    }
}

namespace App\Ticker {
    use function App\Support\keep_last;

    final class MatchResult
    {
        public function __construct(
            public readonly string $matchId,
            public readonly string $stage,
            public readonly array $teamA,
            public readonly array $teamB,
            public readonly array $maps,
            public readonly int $finishedAt,
        ) {
        }

        public function headline(): string
        {
            $a = array_sum(array_column($this->maps, 'a_won'));
            $b = count($this->maps) - $a;
            return sprintf('%s %d-%d %s (%s)', $this->teamA['tag'], $a, $b, $this->teamB['tag'], $this->stage);
        }
    }

    interface ResultQueue
    {
        public function pop(int $timeoutSeconds): ?array;
    }

    final class TickerPublisher
    {
        private int $revision = 0;

        public function publish(array $lines): void
        {
            // SET ticker:latest <json> on the cache cluster
            $this->revision += strlen(json_encode(['rev' => $this->revision, 'lines' => $lines])) > 0 ? 1 : 0;
        }
    }

    final class LiveTicker
    {
        public const SIZE = 25;

        /** @var list<MatchResult> */
        private array $recent = [];

        public function __construct(private TickerPublisher $publisher)
        {
        }

        public function record(MatchResult $result): void
        {
            $this->recent[] = $result; // leak
            keep_last($this->recent, self::SIZE);
            $this->publisher->publish(array_map(static fn (MatchResult $r) => $r->headline(), array_reverse($this->recent)));
        }
    }

    final class TickerDaemon
    {
        private bool $running = true;
        private int $processed = 0;

        public function __construct(private ResultQueue $queue, private LiveTicker $ticker, private int $maxResults)
        {
        }

        public function stop(): void
        {
            $this->running = false;
        }

        public function run(): int
        {
            while ($this->running && $this->processed < $this->maxResults) {
                $row = $this->queue->pop(5);
                if ($row === null) {
                    continue;
                }
                $this->ticker->record(new MatchResult($row['match_id'], $row['stage'], $row['team_a'], $row['team_b'], $row['maps'], $row['finished_at']));
                $this->processed++;
            }
            return 0;
        }
    }
}

namespace {
    use App\Ticker\LiveTicker;
    use App\Ticker\ResultQueue;
    use App\Ticker\TickerDaemon;
    use App\Ticker\TickerPublisher;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    // BLPOP results:finished stand-in
    $queue = new class implements ResultQueue {
        private int $seq = 0;

        public function pop(int $timeoutSeconds): ?array
        {
            $i = $this->seq++;
            $maps = [];
            foreach (['Mirage', 'Ancient', 'Anubis'] as $k => $map) {
                $maps[] = ['map' => $map, 'a_won' => ($i + $k) % 2, 'rounds' => sprintf('%d:%d', 13, ($i + $k * 3) % 12), 'mvp' => 'player_' . (($i + $k) % 50)];
            }
            return [
                'match_id' => sprintf('m-%08d', 1200000 + $i),
                'stage' => ['Swiss R' . (1 + $i % 5), 'Quarterfinal', 'Semifinal'][$i % 3],
                'team_a' => ['id' => 100 + $i % 32, 'tag' => 'TEAM' . ($i % 32), 'name' => 'Team Number ' . ($i % 32) . ' Esports Club'],
                'team_b' => ['id' => 200 + $i % 29, 'tag' => 'SQD' . ($i % 29), 'name' => 'Squad ' . ($i % 29) . ' Gaming Organisation'],
                'maps' => $maps,
                'finished_at' => 1718000000 + $i * 4200,
            ];
        }
    };

    $daemon = new TickerDaemon($queue, new LiveTicker(new TickerPublisher()), $n);
    $status = $daemon->run();
}
