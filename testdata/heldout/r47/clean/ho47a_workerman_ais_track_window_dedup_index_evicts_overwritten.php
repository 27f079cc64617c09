<?php

declare(strict_types=1);

// AIS position feed for the vessel traffic display: a Workerman TCP worker
// receives NMEA !AIVDM lines from the port's base stations (each ship is
// usually heard by two of them) and keeps a sliding window of the latest
// positions for the berth approach board.

namespace Workerman\Connection {
    class TcpConnection
    {
        public function __construct(public readonly int $id, public readonly string $remoteAddress) {}

        public function send(string $data): bool
        {
            return $data !== '';
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    // stand-in for workerman/workerman's Worker (event loop left out)
    class Worker
    {
        /** @var list<Worker> */
        private static array $workers = [];
        public string $name = 'none';
        public int $count = 1;
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onConnect = null;
        /** @var callable|null */
        public $onMessage = null;

        public function __construct(public readonly string $socketName = '')
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $stations = [new TcpConnection(1, '10.20.0.11:40001'), new TcpConnection(2, '10.20.0.12:40001')];
                $last = '';
                for ($i = 0; $i < $n; $i++) {
                    // every fifth line is the same report heard by the other base station
                    $line = ($i % 5 === 4) ? $last : sprintf(
                        "\\s:bs%d,c:%d*%02X\\!AIVDM,1,1,,%s,%s,0*%02X|%s",
                        $i % 2 + 1,
                        1718000000 + $i,
                        $i % 256,
                        $i % 2 ? 'A' : 'B',
                        base64_encode(random_bytes(21)),
                        $i % 256,
                        json_encode([
                            'mmsi' => 211000000 + $i % 350,
                            'name' => sprintf('VESSEL %03d', $i % 350),
                            'lat' => 53.54 + ($i % 100) / 10000,
                            'lon' => 9.95 + ($i % 77) / 10000,
                            'sog' => 4.0 + ($i % 30) / 10,
                            'cog' => ($i * 7) % 360,
                            'heading' => ($i * 7) % 360,
                            'nav_status' => ['under way using engine', 'moored', 'restricted manoeuvrability'][$i % 3],
                            'destination' => 'DEHAM ' . bin2hex(random_bytes(4)),
                            'pilot_note' => str_repeat('pilot boarded at Elbe 1; tug Bugsier assist; ', 9),
                        ]),
                    );
                    $last = $line;
                    ($worker->onMessage)($stations[$i % 2], $line);
                }
            }
        }
    }
}

namespace Port\Ais {
    final class PositionReport
    {
        public function __construct(
            public readonly int $mmsi,
            public readonly string $vesselName,
            public readonly float $lat,
            public readonly float $lon,
            public readonly float $speedOverGround,
            public readonly int $courseOverGround,
            public readonly string $navStatus,
            public readonly string $destination,
            public readonly string $pilotNote,
            public readonly int $receivedAt,
            public readonly string $payload,
        ) {}

        public function dedupKey(): string
        {
            return $this->mmsi . ':' . $this->receivedAt . ':' . $this->payload;
        }
    }

    final class NmeaDecoder
    {
        public function decode(string $line): ?PositionReport
        {
            $parts = explode('|', $line, 2);
            if (count($parts) !== 2 || !preg_match('/c:(\d+).*!AIVDM,1,1,,[AB],([^,]+),/', $parts[0], $m)) {
                return null;
            }
            $fields = json_decode($parts[1], true, 4, JSON_THROW_ON_ERROR);

            return new PositionReport(
                $fields['mmsi'],
                $fields['name'],
                $fields['lat'],
                $fields['lon'],
                $fields['sog'],
                $fields['cog'],
                $fields['nav_status'],
                $fields['destination'],
                $fields['pilot_note'],
                (int) $m[1],
                $m[2],
            );
        }
    }

    /**
     * The last N distinct reports, oldest overwritten first. Duplicates (the
     * same sentence from a second base station) are dropped on arrival.
     */
    final class TrackWindow
    {
        private \SplFixedArray $slots;
        private int $written = 0;
        /** @var array<string,PositionReport> */
        private array $seen = [];

        public function __construct(private readonly int $size)
        {
            $this->slots = new \SplFixedArray($size);
        }

        public function offer(PositionReport $report): bool
        {
            $key = $report->dedupKey();
            if (isset($this->seen[$key])) {
                return false;
            }
            $slot = $this->written++ % $this->size;
            $evicted = $this->slots[$slot];
            if ($evicted !== null) {
                // the overwritten report leaves the dedup index with the window
                unset($this->seen[$evicted->dedupKey()]);
            }
            $this->slots[$slot] = $report;
            $this->remember($key, $report);

            return true;
        }

        private function remember(string $key, PositionReport $report): void
        {
            $this->seen[$key] = $report;
        }

        /** @return array<int,PositionReport> latest report per MMSI in the window */
        public function latestByVessel(): array
        {
            $latest = [];
            foreach ($this->slots as $report) {
                if ($report !== null && ($latest[$report->mmsi] ?? null)?->receivedAt < $report->receivedAt) {
                    $latest[$report->mmsi] = $report;
                }
            }

            return $latest;
        }
    }

    final class ApproachBoardFeed
    {
        private int $accepted = 0;
        private int $duplicates = 0;

        public function __construct(
            private readonly NmeaDecoder $decoder,
            private readonly TrackWindow $window,
        ) {}

        public function onLine(string $line): ?string
        {
            $report = $this->decoder->decode($line);
            if ($report === null) {
                return null;
            }
            if (!$this->window->offer($report)) {
                $this->duplicates++;
                return null;
            }
            $this->accepted++;

            return sprintf('%d %.5f %.5f %.1fkn', $report->mmsi, $report->lat, $report->lon, $report->speedOverGround);
        }
    }
}

namespace {
    use Port\Ais\ApproachBoardFeed;
    use Port\Ais\NmeaDecoder;
    use Port\Ais\TrackWindow;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $ais = new Worker('tcp://0.0.0.0:10110');
    $ais->name = 'ais-feed';
    $feed = null;

    $ais->onWorkerStart = static function (Worker $worker) use (&$feed): void {
        $feed = new ApproachBoardFeed(new NmeaDecoder(), new TrackWindow(64));
    };

    $ais->onMessage = static function (TcpConnection $connection, string $line) use (&$feed): void {
        $update = $feed->onLine(trim($line));
        if ($update !== null) {
            $connection->send("ACK\n");
        }
    };

    Worker::runAll();
}
