<?php
// Modeled on the cycle ReactPHP streams break by calling removeAllListeners() in close(); this connection's close() only emits 'close'.
// ReactPHP TCP server receiving GPS pings from the food bank's delivery vans.

namespace Evenement {
    trait EventEmitterTrait
    {
        protected array $listeners = [];

        public function on(string $event, callable $listener): static
        {
            $this->listeners[$event][] = $listener; // leak

            return $this;
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

namespace React\Socket {
    use Evenement\EventEmitterTrait;

    final class Connection
    {
        use EventEmitterTrait;

        private bool $closed = false;

        public string $writeBuffer = '';

        public function __construct(private string $remoteAddress)
        {
        }

        public function getRemoteAddress(): string
        {
            return $this->remoteAddress;
        }

        public function write(string $data): bool
        {
            $this->writeBuffer .= $data;

            return true;
        }

        public function close(): void
        {
            if ($this->closed) {
                return;
            }
            $this->closed = true;
            $this->emit('close');
        }
    }

    // Stand-in for React\Socket\SocketServer: run() stands in for the loop
    // accepting PHPLEAK_N short connections, each sending one batch of pings.
    final class SocketServer
    {
        use EventEmitterTrait;

        public function __construct(public readonly string $uri)
        {
        }

        public function run(int $connections): void
        {
            for ($i = 0; $i < $connections; $i++) {
                $conn = new Connection('tcp://172.16.'.($i % 4).'.'.(10 + $i % 200).':'.(40000 + $i));
                $this->emit('connection', [$conn]);
                $pings = '';
                for ($k = 0; $k < 4; $k++) {
                    $pings .= sprintf("VAN-%02d,%.5f,%.5f,%d,%s\n", $i % 12, 41.88 + $k / 1000, -87.63 - $i / 100000, 1767225600 + $i * 60 + $k, 'route R-'.(100 + $i % 30));
                }
                $conn->emit('data', [$pings]);
                $conn->close();
            }
        }
    }
}

namespace App {
    use React\Socket\Connection;

    // Last known position per van; vans are registered from the fleet list at boot.
    final class FleetTracker
    {
        private array $positions = [];

        private int $pings = 0;

        public function __construct(array $fleet)
        {
            foreach ($fleet as $van) {
                $this->positions[$van] = null;
            }
        }

        public function update(string $van, float $lat, float $lng, int $at): bool
        {
            if (!array_key_exists($van, $this->positions)) {
                return false;
            }
            $this->positions[$van] = [$lat, $lng, $at];
            ++$this->pings;

            return true;
        }
    }

    final class PingProtocol
    {
        public function __construct(private FleetTracker $tracker)
        {
        }

        public function attach(Connection $conn): void
        {
            $buffer = '';
            $conn->on('data', function (string $chunk) use ($conn, &$buffer): void { // leak
                $buffer .= $chunk;
                while (($pos = strpos($buffer, "\n")) !== false) {
                    [$van, $lat, $lng, $at] = explode(',', substr($buffer, 0, $pos));
                    $buffer = substr($buffer, $pos + 1);
                    $conn->write($this->tracker->update($van, (float) $lat, (float) $lng, (int) $at) ? "ACK\n" : "UNKNOWN-VAN\n");
                }
            });
            $conn->on('close', function () use ($conn): void { // leak
                $conn->writeBuffer = '';
            });
        }
    }
}

namespace {
    $fleet = array_map(fn (int $v) => sprintf('VAN-%02d', $v), range(0, 11));
    $protocol = new App\PingProtocol(new App\FleetTracker($fleet));

    $server = new React\Socket\SocketServer('0.0.0.0:7070');
    $server->on('connection', function (React\Socket\Connection $conn) use ($protocol): void {
        $protocol->attach($conn);
    });
    $server->run((int) (getenv('PHPLEAK_N') ?: 100));
}
