<?php

namespace Evenement {

    trait EventEmitterTrait
    {
        /** @var array<string, list<callable>> */
        protected array $listeners = [];

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function emit(string $event, array $arguments = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$arguments);
            }
        }

        public function removeAllListeners(?string $event = null): void
        {
            if ($event === null) {
                $this->listeners = [];
            } else {
                unset($this->listeners[$event]);
            }
        }
    }
}

namespace React\EventLoop {

    /** Stand-in for React\EventLoop\Loop: a queue of ticks run in order. */
    final class Loop
    {
        private static ?\SplQueue $ticks = null;

        public static function futureTick(callable $tick): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($tick);
        }

        public static function run(): void
        {
            while (self::$ticks !== null && !self::$ticks->isEmpty()) {
                (self::$ticks->dequeue())();
            }
        }
    }
}

namespace React\Socket {

    use Evenement\EventEmitterTrait;
    use React\EventLoop\Loop;

    /**
     * Stand-in for React\Socket\Connection. 'data' carries inbound chunks,
     * 'end' fires only when the peer half-closes (FIN), 'close' fires once
     * whenever the stream is closed, from either side, and then all
     * listeners are removed.
     */
    final class Connection
    {
        use EventEmitterTrait;

        private bool $closed = false;

        public function __construct(private string $remoteAddress)
        {
        }

        public function getRemoteAddress(): string
        {
            return $this->remoteAddress;
        }

        public function write(string $data): bool
        {
            return !$this->closed;
        }

        public function end(string $data = ''): void
        {
            if ($data !== '') {
                $this->write($data);
            }
            $this->close();
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }
            $this->closed = true;
            $this->emit('close');
            $this->removeAllListeners();
        }
    }

    /** Stand-in for React\Socket\SocketServer: emits 'connection' per accepted peer. */
    final class SocketServer
    {
        use EventEmitterTrait;

        public function __construct(private string $uri)
        {
        }

        /** Test harness: simulates RTUs dialling in over the radio network. */
        public function simulateInbound(int $count, \Closure $frameFor, int $i = 0): void
        {
            if ($i >= $count) {
                return;
            }
            Loop::futureTick(function () use ($count, $frameFor, $i): void {
                $conn = new Connection(sprintf('tcp://10.44.%d.%d:%d', $i % 7, 10 + $i % 200, 20000 + $i % 1000));
                $this->emit('connection', [$conn]);
                $conn->emit('data', [$frameFor($i)]);
                $this->simulateInbound($count, $frameFor, $i + 1);
            });
        }
    }
}

namespace App\Scada {

    use React\Socket\Connection;
    use SplObjectStorage;

    final class RtuSession
    {
        public int $frames = 0;
        public string $lastFrame = '';
        public ?string $stationId = null;

        public function __construct(public readonly string $peer, public readonly int $connectedAt)
        {
        }
    }

    final class FrameDecoder
    {
        /** @return array{station: string, seq: int, points: array<string, float>} */
        public function decode(string $frame): array
        {
            [$header, $payload] = explode('|', $frame, 2);
            [$station, $seq] = explode(':', $header);
            $points = [];
            foreach (explode(';', $payload) as $pair) {
                [$tag, $value] = explode('=', $pair);
                $points[$tag] = (float) $value;
            }

            return ['station' => $station, 'seq' => (int) $seq, 'points' => $points];
        }
    }

    final class Historian
    {
        private int $points = 0;

        public function record(string $station, array $points): void
        {
            $this->points += count($points);
        }
    }

    /**
     * Accepts outstation connections and keeps a session per live connection
     * for the operator dashboard ("who is connected right now").
     */
    final class OutstationGateway
    {
        /** @var SplObjectStorage<Connection, RtuSession> */
        private SplObjectStorage $sessions;

        public function __construct(private FrameDecoder $decoder, private Historian $historian)
        {
            $this->sessions = new SplObjectStorage();
        }

        public function onConnection(Connection $conn): void
        {
            $this->sessions->attach($conn, new RtuSession($conn->getRemoteAddress(), time()));

            $conn->on('data', function (string $chunk) use ($conn): void {
                $this->onFrame($conn, $chunk);
            });
            $conn->on('close', function () use ($conn): void {
                $this->sessions->detach($conn);
            });
        }

        public function connectedCount(): int
        {
            return count($this->sessions);
        }

        private function onFrame(Connection $conn, string $chunk): void
        {
            $session = $this->sessions[$conn];
            $frame = $this->decoder->decode($chunk);
            $session->stationId = $frame['station'];
            $session->frames++;
            $session->lastFrame = $chunk;
            $this->historian->record($frame['station'], $frame['points']);

            // Dial-up outstations push one scan per call; acknowledge and hang up.
            $conn->end(sprintf("ACK %s:%d\n", $frame['station'], $frame['seq']));
        }
    }
}

namespace {

    use App\Scada\FrameDecoder;
    use App\Scada\Historian;
    use App\Scada\OutstationGateway;
    use React\EventLoop\Loop;
    use React\Socket\SocketServer;

    $gateway = new OutstationGateway(new FrameDecoder(), new Historian());

    $server = new SocketServer('0.0.0.0:20000');
    $server->on('connection', [$gateway, 'onConnection']);

    $server->simulateInbound((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i): string {
        $points = [];
        foreach (['res_level', 'inlet_flow', 'outlet_flow', 'chlorine', 'turbidity', 'ph', 'temp', 'door', 'batt_v', 'pump1', 'pump2', 'pump3'] as $k => $tag) {
            $points[] = sprintf('%s=%.3f', $tag, ($i * 31 + $k * 17) % 1000 / 10);
        }

        return sprintf('RES-%03d:%d|%s', $i % 40, $i, implode(';', $points));
    });

    Loop::run();
}
