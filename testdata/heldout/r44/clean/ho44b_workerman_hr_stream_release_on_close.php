<?php

declare(strict_types=1);

/*
 * Live heart-rate gateway for paired watches and chest straps.
 *
 * Devices open a websocket, introduce themselves with a "hello" frame and
 * then stream one "hr" frame per second while a workout is running. The
 * gateway answers each frame with the current training zone so the watch
 * face can vibrate on zone changes. When the athlete ends the workout the
 * device sends "stop" and the session summary is published.
 */

namespace Workerman\Connection {

    use Workerman\Worker;

    /**
     * Minimal local stand-in for workerman/workerman's TcpConnection.
     */
    class TcpConnection
    {
        public static int $idRecorder = 1;
        public static int $statistics = 0;

        public int $id;
        public $onMessage = null;
        public $onClose = null;
        public ?Worker $worker;
        protected string $remoteAddress;
        protected int $status = 2;

        public function __construct(Worker $worker, string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
            $this->worker = $worker;
            $this->remoteAddress = $remoteAddress;
        }

        public function send(mixed $sendBuffer, bool $raw = false): bool
        {
            if ($this->status !== 2) {
                return false;
            }
            self::$statistics += strlen((string) $sendBuffer);
            return true;
        }

        public function getRemoteIp(): string
        {
            return substr($this->remoteAddress, 0, (int) strrpos($this->remoteAddress, ':'));
        }

        public function close(mixed $data = null): void
        {
            if ($this->status === 8) {
                return;
            }
            if ($data !== null) {
                $this->send($data);
            }
            $this->destroy();
        }

        public function destroy(): void
        {
            if ($this->status === 8) {
                return;
            }
            $this->status = 8;
            if ($this->onClose) {
                ($this->onClose)($this);
            }
            if ($this->worker) {
                unset($this->worker->connections[$this->id]);
            }
            $this->onMessage = $this->onClose = null;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    /**
     * Minimal local stand-in for workerman/workerman's Worker. Instead of
     * listening on a socket, runAll() replays recorded device sessions.
     */
    class Worker
    {
        /** @var array<int, Worker> */
        protected static array $workers = [];

        /** Recorded client sessions: callable(int $n): iterable<string> */
        public static $replay = null;

        public string $name = 'none';
        public int $count = 1;
        public $onWorkerStart = null;
        public $onConnect = null;
        public $onMessage = null;
        public $onClose = null;
        /** @var array<int, TcpConnection> */
        public array $connections = [];

        public function __construct(protected string $socketName = '', array $contextOption = [])
        {
            static::$workers[spl_object_id($this)] = $this;
        }

        public static function runAll(): void
        {
            foreach (static::$workers as $worker) {
                $worker->run();
            }
        }

        public function run(): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            $sessions = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($n = 0; $n < $sessions; $n++) {
                $connection = new TcpConnection($this, sprintf('10.8.%d.%d:%d', $n % 200, $n % 250, 40000 + $n % 20000));
                $connection->onMessage = $this->onMessage;
                $connection->onClose = $this->onClose;
                $this->connections[$connection->id] = $connection;
                if ($this->onConnect) {
                    ($this->onConnect)($connection);
                }
                foreach ((static::$replay)($n) as $frame) {
                    if ($connection->onMessage === null) {
                        break;
                    }
                    ($connection->onMessage)($connection, $frame);
                }
                $connection->destroy();
            }
        }
    }
}

namespace App\Live {

    use Workerman\Connection\TcpConnection;

    final class HeartRateFrame
    {
        /** @param list<int> $rrIntervals milliseconds between beats */
        public function __construct(
            public readonly int $bpm,
            public readonly array $rrIntervals,
            public readonly int $capturedAt,
            public readonly ?int $cadence,
        ) {
        }

        public static function fromMessage(array $message): self
        {
            return new self(
                (int) $message['bpm'],
                array_map('intval', $message['rr'] ?? []),
                (int) $message['ts'],
                isset($message['cad']) ? (int) $message['cad'] : null,
            );
        }
    }

    final class DeviceStream
    {
        /** @var list<int> */
        public array $recentBpm = [];
        /** @var list<int> */
        public array $rrTail = [];
        public int $frames = 0;
        public int $peakBpm = 0;
        public int $lastZone = 0;

        public function __construct(
            public readonly string $deviceId,
            public readonly string $athleteId,
            public readonly string $model,
            public readonly string $firmware,
            public readonly int $maxHeartRate,
            public readonly int $openedAt,
        ) {
        }

        public function push(HeartRateFrame $frame): void
        {
            $this->recentBpm[] = $frame->bpm;
            if (count($this->recentBpm) > 30) {
                array_shift($this->recentBpm);
            }
            $this->rrTail = array_slice(array_merge($this->rrTail, $frame->rrIntervals), -60);
            $this->peakBpm = max($this->peakBpm, $frame->bpm);
            $this->frames++;
        }

        public function averageBpm(): float
        {
            return $this->recentBpm === [] ? 0.0 : array_sum($this->recentBpm) / count($this->recentBpm);
        }
    }

    final class StreamRegistry
    {
        private \SplObjectStorage $streams;

        public function __construct()
        {
            $this->streams = new \SplObjectStorage();
        }

        public function open(TcpConnection $connection, array $hello): DeviceStream
        {
            $stream = new DeviceStream(
                (string) $hello['device'],
                (string) $hello['athlete'],
                (string) ($hello['model'] ?? 'unknown'),
                (string) ($hello['fw'] ?? '0.0.0'),
                (int) ($hello['hrmax'] ?? 190),
                (int) $hello['ts'],
            );
            $this->streams->attach($connection, $stream);

            return $stream;
        }

        public function find(TcpConnection $connection): ?DeviceStream
        {
            return $this->streams->contains($connection) ? $this->streams[$connection] : null;
        }

        public function release(TcpConnection $connection): ?DeviceStream
        {
            if (!$this->streams->contains($connection)) {
                return null;
            }
            $stream = $this->streams[$connection];
            $this->streams->detach($connection);

            return $stream;
        }

        public function active(): int
        {
            return $this->streams->count();
        }
    }

    final class ZoneCalculator
    {
        private const BOUNDS = [0.6, 0.7, 0.8, 0.9];

        public function zoneFor(DeviceStream $stream, int $bpm): int
        {
            $ratio = $bpm / max(1, $stream->maxHeartRate);
            $zone = 1;
            foreach (self::BOUNDS as $bound) {
                if ($ratio >= $bound) {
                    $zone++;
                }
            }

            return $zone;
        }
    }

    final class SessionSummaryPublisher
    {
        public int $published = 0;
        public string $lastPayload = '';

        public function publish(DeviceStream $stream): void
        {
            $this->lastPayload = json_encode([
                'device' => $stream->deviceId,
                'athlete' => $stream->athleteId,
                'frames' => $stream->frames,
                'avg_bpm' => round($stream->averageBpm(), 1),
                'peak_bpm' => $stream->peakBpm,
            ], JSON_THROW_ON_ERROR);
            $this->published++;
        }
    }

    final class GatewayStats
    {
        public int $connected = 0;
        public int $closed = 0;
        public int $frames = 0;
        public int $rejected = 0;
    }

    final class HeartRateGateway
    {
        public function __construct(
            private readonly StreamRegistry $registry,
            private readonly ZoneCalculator $zones,
            private readonly SessionSummaryPublisher $publisher,
            private readonly GatewayStats $stats,
        ) {
        }

        public function onConnect(TcpConnection $connection): void
        {
            $this->stats->connected++;
        }

        public function onMessage(TcpConnection $connection, string $data): void
        {
            $message = json_decode($data, true);
            if (!is_array($message) || !isset($message['type'])) {
                $this->stats->rejected++;
                $connection->close('{"type":"error","code":"bad_frame"}');
                return;
            }

            switch ($message['type']) {
                case 'hello':
                    $this->registry->open($connection, $message);
                    $connection->send('{"type":"ready"}');
                    break;

                case 'hr':
                    $stream = $this->registry->find($connection);
                    if ($stream === null) {
                        $connection->close('{"type":"error","code":"no_hello"}');
                        return;
                    }
                    $frame = HeartRateFrame::fromMessage($message);
                    $stream->push($frame);
                    $this->stats->frames++;
                    $zone = $this->zones->zoneFor($stream, $frame->bpm);
                    if ($zone !== $stream->lastZone) {
                        $stream->lastZone = $zone;
                        $connection->send(json_encode(['type' => 'zone', 'zone' => $zone]));
                    }
                    break;

                case 'stop':
                    $stream = $this->registry->release($connection);
                    if ($stream !== null) {
                        $this->publisher->publish($stream);
                    }
                    $connection->close('{"type":"bye"}');
                    break;
            }
        }

        public function onClose(TcpConnection $connection): void
        {
            // Watches drop the socket when the phone goes out of range;
            // whatever was streamed so far still counts as a session.
            $stream = $this->registry->release($connection);
            if ($stream !== null) {
                $this->publisher->publish($stream);
            }
            $this->stats->closed++;
        }
    }
}

namespace {

    use App\Live\GatewayStats;
    use App\Live\HeartRateGateway;
    use App\Live\SessionSummaryPublisher;
    use App\Live\StreamRegistry;
    use App\Live\ZoneCalculator;
    use Workerman\Worker;

    // Recorded traffic from the staging fleet: one device session per
    // connection, most of them ending with the watch leaving BLE range.
    Worker::$replay = static function (int $n): iterable {
        $device = sprintf('wr-%06d', $n);
        yield json_encode([
            'type' => 'hello', 'device' => $device, 'athlete' => 'ath-' . ($n % 300),
            'model' => $n % 2 ? 'Forerunner 265' : 'Polar H10', 'fw' => '19.22.4',
            'hrmax' => 182 + $n % 12, 'ts' => 1718000000 + $n * 7,
        ]);
        for ($s = 0; $s < 6; $s++) {
            yield json_encode([
                'type' => 'hr', 'bpm' => 118 + ($n + $s * 9) % 60,
                'rr' => [512 + $s, 498 + $s, 505, 520 - $s], 'ts' => 1718000000 + $n * 7 + $s,
                'cad' => 160 + $s,
            ]);
        }
        if ($n % 10 === 0) {
            yield '{"type":"stop"}';
        }
    };

    $gateway = new HeartRateGateway(
        new StreamRegistry(),
        new ZoneCalculator(),
        new SessionSummaryPublisher(),
        new GatewayStats(),
    );

    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->name = 'hr-gateway';
    $worker->count = 4;
    $worker->onConnect = [$gateway, 'onConnect'];
    $worker->onMessage = [$gateway, 'onMessage'];
    $worker->onClose = [$gateway, 'onClose'];

    Worker::runAll();
}
