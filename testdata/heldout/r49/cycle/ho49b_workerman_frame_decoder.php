<?php
// Workerman TCP gateway for the rental cars' telematics units: each unit
// connects, streams length-prefixed frames (position, fuel, door state) and
// disconnects when the ignition is switched off.

namespace Workerman\Connection {
    #[\AllowDynamicProperties]
    class TcpConnection
    {
        public static int $idRecorder = 1;

        public int $id;
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;
        public ?\Closure $onBufferFull = null;
        public ?\Closure $onBufferDrain = null;
        public int $maxSendBufferSize = 1048576;
        public int $bytesRead = 0;
        public int $bytesWritten = 0;
        public string $protocol = 'tcp';
        protected string $sendBuffer = '';
        protected string $status = 'ESTABLISHED';

        public function __construct(public string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
        }

        public function getRemoteIp(): string
        {
            return explode(':', $this->remoteAddress)[0];
        }

        public function send(string $data): bool
        {
            $this->bytesWritten += strlen($data);

            return true;
        }

        public function close(): void
        {
            $this->status = 'CLOSED';
            if ($this->onClose) {
                ($this->onClose)($this);
            }
            $this->onMessage = $this->onClose = $this->onBufferFull = $this->onBufferDrain = null;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /**
     * Stand-in for Workerman\Worker: runAll() forks and runs the event loop;
     * here it replays PHPLEAK_N device sessions (connect, three frames, close).
     */
    class Worker
    {
        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onConnect = null;
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;
        public string $name = 'none';
        public int $count = 1;
        /** @var array<int, TcpConnection> */
        public array $connections = [];

        public function __construct(public string $socketName)
        {
        }

        public static function runAll(Worker ...$workers): void
        {
            foreach ($workers as $worker) {
                $worker->run();
            }
        }

        protected function run(): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $connection = new TcpConnection('10.64.' . ($i % 200) . '.' . (1 + $i % 250) . ':' . (40000 + $i % 20000));
                $connection->onMessage = $this->onMessage;
                $connection->onClose = function (TcpConnection $c): void {
                    unset($this->connections[$c->id]);
                    if ($this->onClose) {
                        ($this->onClose)($c);
                    }
                };
                $this->connections[$connection->id] = $connection;
                if ($this->onConnect) {
                    ($this->onConnect)($connection);
                }
                foreach (self::frames($i) as $chunk) {
                    $connection->bytesRead += strlen($chunk);
                    ($connection->onMessage)($connection, $chunk);
                }
                $connection->close();
                unset($connection);
            }
        }

        private static function frames(int $i): array
        {
            $unit = sprintf('TCU%08d', 7700000 + $i % 100);
            $frames = '';
            foreach (['POS', 'FUEL', 'DOOR'] as $k => $type) {
                $body = json_encode([
                    'unit' => $unit,
                    'type' => $type,
                    'seq' => $i * 3 + $k,
                    'value' => match ($type) {
                        'POS' => [53.3537 + $i / 1e5, -2.2750 - $i / 1e5],
                        'FUEL' => 100 - $i % 100,
                        'DOOR' => ['fl' => 'closed', 'fr' => 'closed', 'rl' => 'closed', 'rr' => $i % 4 ? 'closed' : 'open'],
                    },
                ]);
                $frames .= pack('N', strlen($body)) . $body;
            }

            // the TCP stream arrives in arbitrary slices, not frame by frame
            return str_split($frames, 70);
        }
    }
}

namespace Rental\Telematics {
    use Workerman\Connection\TcpConnection;

    trait DecodesLengthPrefixedFrames
    {
        /**
         * Returns a decoder that buffers the slices of one connection's
         * stream and yields every complete frame.
         */
        protected function frameDecoder(TcpConnection $connection): \Closure
        {
            $connection->frameBuffer = '';

            return function (string $chunk) use ($connection): array { // leak
                $connection->frameBuffer .= $chunk;
                $frames = [];
                while (strlen($connection->frameBuffer) >= 4) {
                    $length = unpack('N', substr($connection->frameBuffer, 0, 4))[1];
                    if (strlen($connection->frameBuffer) < 4 + $length) {
                        break;
                    }
                    $frames[] = substr($connection->frameBuffer, 4, $length);
                    $connection->frameBuffer = (string) substr($connection->frameBuffer, 4 + $length);
                }

                return $frames;
            };
        }
    }

    final class UnitStateStore
    {
        /** @var array<string, array<string, mixed>> latest state per unit, bounded by the fleet size */
        private array $latest = [];

        public function apply(array $frame): void
        {
            $this->latest[(string) $frame['unit']][(string) $frame['type']] = $frame['value'];
        }
    }

    final class TelematicsGateway
    {
        use DecodesLengthPrefixedFrames;

        private int $framesSeen = 0;

        public function __construct(private UnitStateStore $state)
        {
        }

        public function onConnect(TcpConnection $connection): void
        {
            $connection->decoder = $this->frameDecoder($connection); // leak
            $connection->unit = null;
        }

        public function onMessage(TcpConnection $connection, string $data): void
        {
            foreach (($connection->decoder)($data) as $raw) {
                $frame = json_decode($raw, true);
                if (!is_array($frame) || !isset($frame['unit'], $frame['type'])) {
                    continue;
                }
                $connection->unit ??= $frame['unit'];
                $this->state->apply($frame);
                $this->framesSeen++;
                $connection->send(pack('N', $frame['seq']));
            }
        }

        public function onClose(TcpConnection $connection): void
        {
        }
    }
}

namespace {
    use Rental\Telematics\TelematicsGateway;
    use Rental\Telematics\UnitStateStore;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $gateway = new TelematicsGateway(new UnitStateStore());

    $worker = new Worker('tcp://0.0.0.0:5023');
    $worker->name = 'telematics-gateway';
    $worker->count = 4;
    $worker->onConnect = $gateway->onConnect(...);
    $worker->onMessage = $gateway->onMessage(...);
    $worker->onClose = $gateway->onClose(...);

    Worker::runAll($worker);
}
