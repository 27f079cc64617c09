<?php

namespace Workerman\Connection {

    class TcpConnection
    {
        public static int $statistics = 0;

        public function __construct(public readonly int $id, public readonly string $remoteAddress)
        {
        }

        public function send(string $buffer): bool
        {
            self::$statistics += strlen($buffer);

            return true;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    /** Stand-in for a Workerman text-protocol worker fed by the playout system. */
    #[\AllowDynamicProperties]
    class Worker
    {
        /** @var list<Worker> */
        protected static array $workers = [];

        /** @var callable|null */
        public $onWorkerStart = null;

        /** @var callable|null */
        public $onMessage = null;

        public static ?\Closure $inbox = null;

        public function __construct(public string $socketName)
        {
            static::$workers[] = $this;
        }

        public static function runAll(): void
        {
            foreach (static::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                foreach ((static::$inbox)() as $id => $frame) {
                    ($worker->onMessage)(new TcpConnection($id, '10.8.0.' . ($id % 250)), $frame);
                }
            }
        }
    }
}

namespace Radio\NowPlaying {

    final class PlayoutEvent
    {
        public function __construct(
            public readonly string $stationId,
            public readonly string $title,
            public readonly string $artist,
            public readonly string $album,
            public readonly string $artworkUrl,
            public readonly string $isrc,
            public readonly string $credits,
            public readonly int $startedAt,
            public readonly int $durationMs,
        ) {
        }

        public static function fromJson(string $frame): self
        {
            $d = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);

            return new self(
                (string) $d['station'],
                (string) $d['track']['title'],
                (string) $d['track']['artist'],
                (string) $d['track']['album'],
                (string) $d['track']['artwork'],
                (string) $d['track']['isrc'],
                implode('; ', array_map(static fn (array $c) => $c['role'] . ': ' . $c['name'], $d['track']['credits'])),
                (int) $d['started_at'],
                (int) $d['track']['duration_ms'],
            );
        }
    }

    final class StationDirectory
    {
        /** @var array<string, string> */
        private array $stations;

        public function __construct(array $config)
        {
            foreach ($config['stations'] as $station) {
                $this->stations[$station['id']] = $station['name'];
            }
        }

        public function has(string $stationId): bool
        {
            return isset($this->stations[$stationId]);
        }
    }

    final class RecentlyPlayed
    {
        private const WINDOW = 10;

        /** @var array<string, list<PlayoutEvent>> */
        private array $byStation = [];

        public function __construct(private StationDirectory $stations)
        {
        }

        /** @return list<PlayoutEvent> */
        public function record(PlayoutEvent $event): array
        {
            if (!$this->stations->has($event->stationId)) {
                return [];
            }

            $this->byStation[$event->stationId][] = $event;
            if (count($this->byStation[$event->stationId]) > self::WINDOW) {
                $this->byStation[$event->stationId] = array_slice($this->byStation[$event->stationId], -self::WINDOW);
            }

            return $this->byStation[$event->stationId];
        }
    }
}

namespace {

    use Radio\NowPlaying\PlayoutEvent;
    use Radio\NowPlaying\RecentlyPlayed;
    use Radio\NowPlaying\StationDirectory;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $config = ['stations' => [
        ['id' => 'indie-fm', 'name' => 'Indie FM'],
        ['id' => 'jazz-lounge', 'name' => 'Jazz Lounge'],
        ['id' => 'lofi-beats', 'name' => 'Lo-fi Beats'],
        ['id' => 'classic-rock', 'name' => 'Classic Rock'],
        ['id' => 'talk-live', 'name' => 'Talk Live'],
        ['id' => 'kids', 'name' => 'Kids'],
    ]];

    $worker = new Worker('text://0.0.0.0:7070');
    $worker->onWorkerStart = static function (Worker $w) use ($config): void {
        $w->recentlyPlayed = new RecentlyPlayed(new StationDirectory($config));
    };
    $worker->onMessage = static function (TcpConnection $connection, string $frame) use ($worker): void {
        $window = $worker->recentlyPlayed->record(PlayoutEvent::fromJson($frame));
        $connection->send(json_encode(array_map(static fn (PlayoutEvent $e) => $e->title . ' - ' . $e->artist, $window)));
    };

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $stationIds = array_column($config['stations'], 'id');
    Worker::$inbox = static function () use ($n, $stationIds): \Generator {
        for ($i = 0; $i < $n; $i++) {
            $art = bin2hex(random_bytes(20));
            yield $i => json_encode([
                'station' => $stationIds[$i % count($stationIds)],
                'started_at' => 1717000000 + $i * 215,
                'track' => [
                    'title' => 'Track ' . bin2hex(random_bytes(10)),
                    'artist' => 'Artist ' . bin2hex(random_bytes(8)),
                    'album' => 'Album ' . bin2hex(random_bytes(12)),
                    'artwork' => 'https://img.radio.example/art/' . substr($art, 0, 2) . '/' . $art . '/600x600bb.jpg',
                    'isrc' => sprintf('US%s%02d%05d', strtoupper(bin2hex(random_bytes(2))), 23, $i % 100000),
                    'credits' => [
                        ['role' => 'Composer', 'name' => 'Composer ' . bin2hex(random_bytes(9))],
                        ['role' => 'Producer', 'name' => 'Producer ' . bin2hex(random_bytes(9))],
                        ['role' => 'Label', 'name' => 'Label ' . bin2hex(random_bytes(9)) . ' Records'],
                    ],
                    'duration_ms' => mt_rand(120000, 420000),
                ],
            ]);
        }
    };

    Worker::runAll();
}
