<?php

declare(strict_types=1);

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        public int $bytesWritten = 0;
        private static int $idRecorder = 1;

        public function __construct(public string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
        }

        public function send(string $buffer): bool
        {
            $this->bytesWritten += strlen($buffer);

            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /** Stand-in for Workerman\Worker: one process, messages fed from the socket buffer. */
    class Worker
    {
        /** @var list<Worker> */
        private static array $workers = [];
        public static ?\Closure $socketFeed = null;

        public int $count = 1;
        public string $name = 'none';
        public $onWorkerStart = null;
        public $onMessage = null;

        public function __construct(public string $socketName = '')
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $connection = new TcpConnection('10.20.0.14:50412');
                foreach ((self::$socketFeed)() as $frame) {
                    ($worker->onMessage)($connection, $frame);
                }
            }
        }
    }
}

namespace AgriMarkets\Feed {

    enum Venue: string
    {
        case Cbot = 'CBOT';
        case Kcbt = 'KCBT';
        case Matif = 'MATIF';
        case Ice = 'ICE';
    }

    final class PriceTick
    {
        public function __construct(
            public readonly Venue $venue,
            public readonly string $contract,
            public readonly string $commodity,
            public readonly int $sequence,
            public readonly float $price,
            public readonly string $unit,
            public readonly int $volume,
            public readonly \DateTimeImmutable $tradedAt,
            public readonly string $raw,
        ) {
        }

        public static function decode(string $frame): self
        {
            $m = json_decode($frame, true, 16, JSON_THROW_ON_ERROR);

            return new self(
                Venue::from($m['v']),
                $m['c'],
                $m['cm'],
                (int) $m['sq'],
                (float) $m['px'],
                $m['u'],
                (int) $m['q'],
                new \DateTimeImmutable('@' . $m['t']),
                $frame,
            );
        }
    }

    const WATCHED_CONTRACTS = [
        'CBOT' => ['ZCN5', 'ZSX5', 'ZWU5'],
        'KCBT' => ['KEU5'],
        'MATIF' => ['EBMU5', 'ECOX5'],
        'ICE' => ['KCU5', 'SBV5'],
    ];

    function tick_stream(PriceTick $tick): ?string
    {
        $venue = $tick->venue->value;

        return in_array($tick->contract, WATCHED_CONTRACTS[$venue] ?? [], true) ? "{$venue}:{$tick->contract}" : null;
    }

    /**
     * Exchanges replay the last few hundred ticks after a gateway reconnect;
     * returns false for a tick that is not newer than the stream's last one.
     */
    function accept_tick(PriceTick $tick): bool
    {
        static $latest = [];

        $stream = tick_stream($tick);
        if ($stream === null || $tick->sequence <= ($latest[$stream]->sequence ?? -1)) {
            return false;
        }
        $latest[$stream] = $tick;

        return true;
    }

    final class PriceBoard
    {
        /** @var array<string, array{price: float, change: float, at: string}> */
        private array $last = [];

        public function apply(PriceTick $tick): array
        {
            $key = $tick->venue->value . ':' . $tick->contract;
            $previous = $this->last[$key]['price'] ?? $tick->price;

            return $this->last[$key] = [
                'price' => $tick->price,
                'change' => round($tick->price - $previous, 4),
                'at' => $tick->tradedAt->format(DATE_ATOM),
            ];
        }
    }
}

namespace {
    use AgriMarkets\Feed\PriceBoard;
    use AgriMarkets\Feed\PriceTick;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    use function AgriMarkets\Feed\accept_tick;

    $contracts = [
        ['CBOT', 'ZCN5', 'corn', 'USc/bu', 452.25],
        ['CBOT', 'ZSX5', 'soybeans', 'USc/bu', 1041.5],
        ['KCBT', 'KEU5', 'hard red wheat', 'USc/bu', 566.0],
        ['MATIF', 'EBMU5', 'milling wheat', 'EUR/t', 221.75],
        ['MATIF', 'ECOX5', 'rapeseed', 'EUR/t', 468.0],
        ['ICE', 'KCU5', 'arabica coffee', 'USc/lb', 298.4],
    ];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    Worker::$socketFeed = static function () use ($contracts, $n): \Generator {
        for ($i = 0; $i < $n; $i++) {
            [$venue, $contract, $commodity, $unit, $base] = $contracts[$i % count($contracts)];
            yield json_encode([
                'v' => $venue,
                'c' => $contract,
                'cm' => $commodity,
                'sq' => 7_300_000 + $i,
                'px' => $base + (($i * 37) % 21 - 10) * 0.25,
                'u' => $unit,
                'q' => 5 + ($i * 13) % 140,
                't' => 1718000000 + $i * 2,
                'src' => 'md-gw-' . ($i % 3) . '.feed.example:9443/' . bin2hex(random_bytes(40)),
            ]);
        }
    };

    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->name = 'crop-price-board';
    $board = null;

    $worker->onWorkerStart = static function (Worker $worker) use (&$board): void {
        $board = new PriceBoard();
    };

    $worker->onMessage = static function (TcpConnection $connection, string $data) use (&$board): void {
        $tick = PriceTick::decode($data);
        if (!accept_tick($tick)) {
            return;
        }
        $connection->send(json_encode(['contract' => $tick->contract] + $board->apply($tick)));
    };

    Worker::runAll();
}
