<?php

declare(strict_types=1);

// ReactPHP UDP collector for OBD-II dongles: every datagram carries a VIN, a
// sample timestamp and the vehicle speed. The collector keeps per-second speed
// histograms that the fleet dashboard reads for its "last minute" heat strip.

namespace React\EventLoop {
    final class Loop
    {
        /** @var list<array{float, callable}> */
        private static array $periodic = [];

        public static function addPeriodicTimer(float $interval, callable $callback): void
        {
            self::$periodic[] = [$interval, $callback];
        }
    }
}

namespace React\Datagram {
    final class Socket
    {
        /** @var array<string, list<callable>> */
        private array $handlers = [];

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event][] = $handler;
        }

        /** Feeds a recorded capture through the 'message' handlers. */
        public function replay(iterable $datagrams): void
        {
            foreach ($datagrams as [$payload, $peer]) {
                foreach ($this->handlers['message'] ?? [] as $handler) {
                    $handler($payload, $peer, $this);
                }
            }
        }
    }
}

namespace Fleet\Obd {
    final class SpeedBins
    {
        public const EDGES = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130];

        public static function index(float $kmh): int
        {
            $bin = 0;
            foreach (self::EDGES as $i => $edge) {
                if ($kmh >= $edge) {
                    $bin = $i;
                }
            }

            return $bin;
        }

        public static function empty(): array
        {
            return array_fill(0, count(self::EDGES), 0);
        }
    }

    /**
     * @return array{\Closure(array): void, \Closure(): array}
     */
    function histogram_recorder(int $windowSeconds): array
    {
        $buckets = [];

        $slotFor = static function (int $sampleMs) use ($windowSeconds): array {
            $second = intdiv($sampleMs, 1000);

            return [$second % $windowSeconds, $second];
        };

        $record = static function (array $sample) use (&$buckets, $slotFor): void {
            [$slot, $second] = $slotFor($sample['t']);
            if (($buckets[$slot]['second'] ?? null) !== $second) {
                $buckets[$slot] = ['second' => $second, 'bins' => SpeedBins::empty(), 'vehicles' => []];
            }
            $buckets[$slot]['bins'][SpeedBins::index($sample['kmh'])]++;
            $buckets[$slot]['vehicles'][$sample['vin']] = true;
        };

        $snapshot = static function () use (&$buckets): array {
            return $buckets;
        };

        return [$record, $snapshot];
    }
}

namespace {
    use React\Datagram\Socket;
    use React\EventLoop\Loop;

    use function Fleet\Obd\histogram_recorder;

    [$record, $snapshot] = histogram_recorder(60);

    $socket = new Socket();
    $socket->on('message', static function (string $payload, string $peer) use ($record): void {
        $parts = explode(';', $payload);
        if (count($parts) !== 4 || $parts[0] !== 'OBD1') {
            return;
        }
        $record(['vin' => $parts[1], 't' => (int) $parts[2], 'kmh' => (float) $parts[3]]);
    });

    Loop::addPeriodicTimer(5.0, static function () use ($snapshot): void {
        // pushes $snapshot() to the dashboard websocket
    });

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $fleet = [];
    for ($v = 0; $v < 25; $v++) {
        $fleet[] = sprintf('VF1RJA00%09d', 668_000_000 + $v * 97);
    }

    $socket->replay((static function () use ($n, $fleet): \Generator {
        $start = 1_717_400_000_000;
        for ($i = 0; $i < $n; $i++) {
            $vin = $fleet[$i % count($fleet)];
            $kmh = 30 + (($i * 37) % 900) / 10;
            yield [sprintf('OBD1;%s;%d;%.1f', $vin, $start + $i * 1000 + $i % 7, $kmh), '100.64.' . ($i % 25) . '.9:40000'];
        }
    })());
}
