<?php

// Workerman WebSocket gateway receiving driver-app heartbeats. Each frame
// carries the last few GPS fixes; the gateway keeps a short speed window per
// driver to flag drivers who are moving while marked "waiting for rider".

namespace Workerman\Connection {
    class TcpConnection
    {
        public static int $idSeq = 0;
        public int $id;
        public array $sent = [];

        public function __construct(public string $remoteAddress)
        {
            $this->id = ++self::$idSeq;
        }

        public function send(string $data): void
        {
            $this->sent = [$data];
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        public $onWorkerStart = null;
        public $onMessage = null;
        public string $name = 'none';
        public int $count = 1;

        public function __construct(public string $socketName) {}

        // Stand-in for Worker::runAll(): replays frames from the connections
        // the gateway keeps open to the driver apps.
        public function replay(array $connections, iterable $frames): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            foreach ($frames as [$connIndex, $frame]) {
                ($this->onMessage)($connections[$connIndex], $frame);
            }
        }
    }
}

namespace App\Dispatch {
    final class GpsFix
    {
        public function __construct(
            public readonly float $lat,
            public readonly float $lng,
            public readonly float $speedMps,
            public readonly float $heading,
            public readonly float $accuracyM,
            public readonly int $capturedAtMs,
        ) {}

        public static function fromPayload(array $p): self
        {
            return new self((float) $p['la'], (float) $p['lo'], (float) $p['sp'], (float) $p['hd'], (float) $p['ac'], (int) $p['t']);
        }
    }

    final class DriverSpeedMonitor
    {
        private const WINDOW = 20;

        /** @var array<string, list<GpsFix>> */
        private array $samples = [];

        /** @param list<string> $onShift driver ids loaded when the shift roster is published */
        public function __construct(private array $onShift) {}

        public function isTracked(string $driverId): bool
        {
            return in_array($driverId, $this->onShift, true);
        }

        /** @param list<GpsFix> $fixes */
        public function record(string $driverId, array $fixes): float
        {
            foreach ($fixes as $fix) {
                $this->samples[$driverId][] = $fix; // leak
            }
            $recent = array_slice($this->samples[$driverId], -self::WINDOW);

            return $this->averageSpeed($recent);
        }

        /** @param list<GpsFix> $window */
        private function averageSpeed(array $window): float
        {
            $usable = array_filter($window, fn (GpsFix $f) => $f->accuracyM < 30.0);
            if ($usable === []) {
                return 0.0;
            }
            return array_sum(array_map(fn (GpsFix $f) => $f->speedMps, $usable)) / count($usable);
        }
    }

    final class HeartbeatHandler
    {
        private array $flagged = [];

        public function __construct(private DriverSpeedMonitor $monitor, private float $movingThresholdMps = 3.0) {}

        public function handle(array $frame): ?array
        {
            $driverId = (string) ($frame['driver'] ?? '');
            if (!$this->monitor->isTracked($driverId)) {
                return ['type' => 'error', 'reason' => 'not_on_shift'];
            }
            $fixes = array_map([GpsFix::class, 'fromPayload'], $frame['fixes'] ?? []);
            $avg = $this->monitor->record($driverId, $fixes);

            $moving = $avg > $this->movingThresholdMps && ($frame['state'] ?? '') === 'waiting_for_rider';
            $this->flagged[$driverId] = $moving;

            return ['type' => 'ack', 'seq' => $frame['seq'] ?? 0, 'moving' => $moving];
        }
    }
}

namespace {
    use App\Dispatch\DriverSpeedMonitor;
    use App\Dispatch\HeartbeatHandler;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $roster = [];
    for ($d = 0; $d < 12; $d++) {
        $roster[] = sprintf('drv_%04d', 3000 + $d * 3);
    }

    $handler = null;
    $gateway = new Worker('websocket://0.0.0.0:8282');
    $gateway->name = 'driver-heartbeats';
    $gateway->onWorkerStart = function () use (&$handler, $roster) {
        $handler = new HeartbeatHandler(new DriverSpeedMonitor($roster));
    };
    $gateway->onMessage = function (TcpConnection $connection, string $data) use (&$handler) {
        $reply = $handler->handle(json_decode($data, true) ?? []);
        $connection->send(json_encode($reply));
    };

    $connections = [];
    foreach ($roster as $k => $driverId) {
        $connections[$k] = new TcpConnection('10.8.' . $k . '.17:' . (40000 + $k));
    }

    $frames = (function () use ($n, $roster) {
        for ($i = 0; $i < $n; $i++) {
            $k = $i % count($roster);
            $fixes = [];
            for ($f = 0; $f < 5; $f++) {
                $fixes[] = [
                    'la' => 52.52 + $i * 0.00001 + $f * 0.000002,
                    'lo' => 13.40 + $k * 0.001,
                    'sp' => ($i + $f) % 9 * 0.8,
                    'hd' => ($i * 11 + $f) % 360,
                    'ac' => 5 + ($i + $f) % 40,
                    't' => 1767225600000 + $i * 4000 + $f * 1000,
                ];
            }
            yield [$k, json_encode([
                'driver' => $roster[$k],
                'seq' => intdiv($i, count($roster)),
                'state' => $i % 5 === 0 ? 'on_trip' : 'waiting_for_rider',
                'fixes' => $fixes,
            ])];
        }
    })();

    $gateway->replay($connections, $frames);
}
